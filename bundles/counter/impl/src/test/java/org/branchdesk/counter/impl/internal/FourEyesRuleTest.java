package org.branchdesk.counter.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.branchdesk.counter.api.AuthorityLevel;
import org.branchdesk.platform.security.Role;
import org.junit.Test;

public class FourEyesRuleTest {

    private static final FourEyes.Limits TWO_MILLION = (user, roles, level) -> new BigDecimal("2000000");
    private static final Set<Role> BOTH = Set.of(Role.TELLER, Role.BUSINESS_OFFICER);

    private static FourEyes.Case loss(AuthorityLevel level, String amount) {
        return new FourEyes.Case("maker", List.of("maker", "changer"), List.of("first"), level, amount == null ? null : new BigDecimal(amount));
    }

    @Test
    public void theMakerNeverApprovesWhateverTheirRoles() {
        String why = FourEyes.refusal(loss(AuthorityLevel.OFFICER, null), "maker", Set.of(Role.CENTER_HEAD, Role.TELLER), (u, r, l) -> null);
        assertTrue(why, why.contains("you made this request"));
    }

    @Test
    public void noEditorAndNoOneTwice() {
        assertTrue(FourEyes.refusal(loss(AuthorityLevel.OFFICER, null), "changer", BOTH, TWO_MILLION).contains("you changed"));
        assertTrue(FourEyes.refusal(loss(AuthorityLevel.OFFICER, null), "first", BOTH, TWO_MILLION).contains("already approved"));
    }

    @Test
    public void theLevelNeedsOneOfItsRoles() {
        assertTrue(FourEyes.refusal(loss(AuthorityLevel.SUPERVISOR, null), "other", BOTH, TWO_MILLION).contains("SUPERVISOR"));
        assertNull(FourEyes.refusal(loss(AuthorityLevel.SUPERVISOR, null), "other", Set.of(Role.CENTER_HEAD), TWO_MILLION));
        assertTrue(FourEyes.refusal(loss(AuthorityLevel.OFFICER, null), "other", Set.of(Role.TELLER), TWO_MILLION).contains("OFFICER"));
        assertTrue(FourEyes.refusal(loss(AuthorityLevel.NONE, null), "other", BOTH, TWO_MILLION).contains("no approval"));
    }

    @Test
    public void theLimitCoversTheAmountInclusive() {
        assertNull(FourEyes.refusal(loss(AuthorityLevel.OFFICER, "2000000.00"), "other", BOTH, TWO_MILLION));
        assertTrue(FourEyes.refusal(loss(AuthorityLevel.OFFICER, "2000000.01"), "other", BOTH, TWO_MILLION).contains("limit of 2000000"));
        assertNull(FourEyes.refusal(loss(AuthorityLevel.OFFICER, "99999999"), "other", BOTH, (u, r, l) -> null));
    }

    @Test
    public void theDefaultPolicysLimits() {
        AuthorisationPolicy policy = new AuthorisationPolicy(PolicyDefaults.config(new String[] { "fe-high=3000000", "fe-low=1000" }));
        assertEquals(0, new BigDecimal("2000000").compareTo(policy.limit("x", BOTH, AuthorityLevel.OFFICER)));
        assertEquals(0, new BigDecimal("3000000").compareTo(policy.limit("fe-high", BOTH, AuthorityLevel.OFFICER)));
        assertEquals(0, new BigDecimal("1000").compareTo(policy.limit("fe-low", Set.of(Role.CENTER_HEAD), AuthorityLevel.OFFICER)));
        assertNull(policy.limit("x", Set.of(Role.CENTER_HEAD), AuthorityLevel.OFFICER));
        assertEquals(0, new BigDecimal("10000000").compareTo(policy.limit("x", Set.of(Role.OPERATIONS_SUPERVISOR, Role.BUSINESS_OFFICER),
                AuthorityLevel.OFFICER)));
        assertEquals(0, new BigDecimal("710.00").compareTo(policy.toBase(new BigDecimal("100"), "USD")));
        assertEquals(0, new BigDecimal("100").compareTo(policy.toBase(new BigDecimal("100"), "CNY")));
        assertEquals("SUPERVISOR", policy.requirement("LARGE_CASH_WITHDRAWAL", policy.toBase(new BigDecimal("100000"), "USD")).level().name());
        try {
            policy.toBase(BigDecimal.ONE, "XYZ");
            throw new AssertionError("no rate for XYZ");
        } catch (org.branchdesk.platform.api.InvalidInputException e) {
            assertEquals("currency", e.field());
        }
    }
}
