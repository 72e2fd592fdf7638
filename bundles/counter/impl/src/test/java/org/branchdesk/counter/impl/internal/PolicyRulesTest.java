package org.branchdesk.counter.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.branchdesk.counter.api.AuthorityLevel;
import org.branchdesk.counter.api.Requirement;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.junit.Test;

public class PolicyRulesTest {

    private static final String[] DEFAULTS = defaults();

    private static String[] defaults() {
        try {
            return (String[]) PolicyConfig.class.getMethod("rules").getDefaultValue();
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    public void bandsRunToTheNextFromOfTheType() {
        PolicyRules rules = PolicyRules.parse(DEFAULTS);
        assertEquals(AuthorityLevel.OFFICER, rules.requirement("LARGE_CASH_WITHDRAWAL", new BigDecimal("499999.99")).level());
        Requirement at = rules.requirement("LARGE_CASH_WITHDRAWAL", new BigDecimal("500000"));
        assertEquals(AuthorityLevel.SUPERVISOR, at.level());
        assertEquals(1, at.approvals());
        assertEquals(0, new BigDecimal("500000").compareTo(at.bandFrom()));
        assertEquals("LARGE_CASH_WITHDRAWAL 500000 = SUPERVISOR 1", at.rule());
        Requirement top = rules.requirement("LARGE_CASH_WITHDRAWAL", new BigDecimal("99000000"));
        assertEquals(AuthorityLevel.CENTER_HEAD, top.level());
        assertEquals(2, top.approvals());
    }

    @Test
    public void anUnnamedTypeGetsTheDefaultAndNoAmountIsTheFirstBand() {
        PolicyRules rules = PolicyRules.parse(DEFAULTS);
        assertEquals("* 0 = OFFICER 1", rules.requirement("ACME_SAFE_BOX", new BigDecimal("9999999")).rule());
        assertEquals("LOAN 0 = OFFICER 1", rules.requirement("LOAN", null).rule());
    }

    @Test
    public void noneNeedsZeroApprovals() {
        PolicyRules rules = PolicyRules.parse(new String[] { "INQUIRY_REPLY 0 = NONE 0", "* 0 = OFFICER 2" });
        assertEquals(AuthorityLevel.NONE, rules.requirement("INQUIRY_REPLY", null).level());
        assertEquals(0, rules.requirement("INQUIRY_REPLY", null).approvals());
        assertEquals(2, rules.requirement("LOAN", null).approvals());
    }

    @Test
    public void badLinesAreRefusedByLine() {
        List<FieldError> errors = PolicyRules.errors(new String[] { "* 0 = OFFICER 1", "LOAN 0 = NONE 1", "LOAN 10 = OFFICER 3",
                "FREEZE 5 = OFFICER 1", "LOAN x = OFFICER 1", "LOAN 0 = BOSS 1", "LOAN 0 = OFFICER 1", "LOAN 0 = OFFICER 2" });
        assertEquals(errors.toString(), 6, errors.size());
        assertTrue(errors.stream().allMatch(e -> e.field().equals(PolicyRules.FIELD)));
        assertEquals(Integer.valueOf(2), errors.get(0).line());
        assertTrue(errors.toString(), errors.stream().anyMatch(e -> e.message().contains("FREEZE has no band from 0")));
        assertTrue(errors.toString(), errors.stream().anyMatch(e -> e.message().contains("second band of LOAN")));
    }

    @Test
    public void theDefaultRuleIsRequired() {
        try {
            PolicyRules.parse(new String[] { "LOAN 0 = OFFICER 1" });
            fail();
        } catch (InvalidInputException e) {
            assertEquals("rules", e.field());
            assertTrue(e.getMessage(), e.getMessage().contains("'* 0 = LEVEL APPROVALS' is missing"));
        }
    }

    @Test
    public void theDefaultsPassTheCheck() {
        assertEquals(List.of(), new PolicyConfigCheck().check(Map.of()));
    }
}
