package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.branchdesk.customer.api.CustomerSelection;
import org.branchdesk.customer.api.ProductCategory;
import org.branchdesk.customer.api.Segment;
import org.branchdesk.customer.api.TargetCriteria;
import org.branchdesk.customer.api.TargetCustomer;
import org.branchdesk.platform.api.ForbiddenException;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.security.AuditEntry;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The customer module's set-based selections through the real framework and database, on the
 * sample branch: each criterion, the roles, the audit entry and bad criteria.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CustomerSelectionTest extends BranchdeskTestSupport {

    private static final Caller HEAD = new Caller("sel.head", "Head", Set.of(Role.CENTER_HEAD));
    private static final Caller CM1 = new Caller("cm1", "CM", Set.of(Role.CUSTOMER_MANAGER));
    private static final Caller TELLER = new Caller("sel.teller", "Teller", Set.of(Role.TELLER));

    @Before
    public void sampleBranch() {
        importSampleBranch();
        // T001's deposit matures in ten days, T003's fund in 200
        LocalDate today = LocalDate.now();
        assertEquals(200, http.post("import/holdings", admin(), "text/csv", "customer_id,category,amount,maturity_date\n"
                + "T001,DEPOSIT,2000000.00," + today.plusDays(10) + "\nT001,TRUST,10000000.00,\n"
                + "T003,DEPOSIT,300000.00,\nT003,FUND,200000.00," + today.plusDays(200) + "\nT003,LOAN,800000.00,\n").status());
    }

    @Test
    public void eachCriterionSelects() {
        assertEquals(List.of("T001", "T002", "T003", "T004", "T005", "T006", "T007"), ids(TargetCriteria.any()));
        assertEquals(List.of("T003"), ids(criteria().holds(ProductCategory.FUND)));
        assertEquals("holding every one given", List.of("T003"), ids(criteria().holds(ProductCategory.DEPOSIT, ProductCategory.LOAN)));
        assertEquals(List.of("T001", "T003"), ids(criteria().holds(ProductCategory.DEPOSIT)));
        // the segmentation run gave cm1 the premium customers without a manager (T002, T007) besides T003
        assertEquals("premium customers without a deposit", List.of("T002", "T007"),
                ids(criteria().segments(Segment.PRIVATE, Segment.HIGH, Segment.MID).lacks(ProductCategory.DEPOSIT).hasManager(true)));
        assertEquals(List.of("T001", "T002"), ids(criteria().assets("1000000", null)));
        assertEquals("the upper bound is exclusive", List.of(), ids(criteria().assets("1000000", "2000000")));
        assertEquals(List.of("T002"), ids(criteria().assets("1000000", "2000000.01")));
        assertEquals(List.of("T001"), ids(criteria().maturing(10)));
        assertEquals(List.of(), ids(criteria().maturing(9)));
        assertEquals(List.of("T001", "T003"), ids(criteria().maturing(366)));
        assertEquals(List.of("T002", "T003", "T007"), ids(criteria().manager("cm1")));
        assertEquals(List.of("T002", "T003", "T007"), ids(criteria().hasManager(true)));
        assertEquals(4, selection().count(criteria().hasManager(false).build(), HEAD));
        assertEquals(List.of("T003"), ids(criteria().manager("cm1").holds(ProductCategory.FUND)));
        // T005 was born on 2004-01-01, the others before 1991
        LocalDate today = LocalDate.now();
        int t005 = today.getYear() - 2004;
        assertEquals(List.of("T005"), ids(criteria().ages(0, t005)));
        assertEquals(List.of("T005"), ids(criteria().ages(t005, t005)));
        assertEquals(List.of(), ids(criteria().ages(t005 + 1, t005 + 1)));
        assertTrue(ids(criteria().ages(t005 + 1, 150)).containsAll(List.of("T001", "T002", "T003", "T004", "T006", "T007")));

        TargetCustomer t003 = selection().select(criteria().manager("cm1").holds(ProductCategory.FUND).build(), 10, HEAD).get(0);
        assertEquals(new TargetCustomer("T003", "cm1", Segment.MID, new BigDecimal("500000.00"), false), t003);
        assertEquals("at most the limit", List.of("T001", "T002"),
                selection().select(TargetCriteria.any(), 2, HEAD).stream().map(TargetCustomer::customerId).toList());
    }

    @Test
    public void familiesHeldAndTheirCounts() {
        Map<String, Set<ProductCategory>> held = selection().familiesHeld(List.of("T001", "T003", "T004", "NOPE"), HEAD);
        assertEquals(Map.of("T001", Set.of(ProductCategory.DEPOSIT, ProductCategory.TRUST),
                "T003", Set.of(ProductCategory.DEPOSIT, ProductCategory.FUND, ProductCategory.LOAN)), held);
        assertEquals("a customer manager learns of their own customers only", Set.of("T003"),
                selection().familiesHeld(List.of("T001", "T003"), CM1).keySet());
        assertEquals(Map.of(0, 5L, 2, 1L, 3, 1L), selection().familyCounts(TargetCriteria.any(), HEAD));
        assertEquals(Map.of(0, 2L, 3, 1L), selection().familyCounts(criteria().manager("cm1").build(), CM1));
    }

    @Test
    public void aCustomerManagerSelectsAmongTheirOwnCustomersOnly() {
        assertEquals(List.of("T002", "T003", "T007"), selection().select(criteria().manager("cm1").build(), 100, CM1).stream()
                .map(TargetCustomer::customerId).toList());
        assertThrows(ForbiddenException.class, () -> selection().select(TargetCriteria.any(), 100, CM1));
        assertThrows(ForbiddenException.class, () -> selection().count(criteria().manager("cm2").build(), CM1));
        assertThrows(ForbiddenException.class, () -> selection().familyCounts(TargetCriteria.any(), CM1));
        assertThrows(ForbiddenException.class, () -> selection().count(TargetCriteria.any(), TELLER));
        assertThrows(ForbiddenException.class, () -> selection().familiesHeld(List.of("T001"), TELLER));
    }

    @Test
    public void eachSelectionIsOneAuditEntryWithItsCriteriaAndCount() {
        Caller head = new Caller("sel.audited", "Head", Set.of(Role.CENTER_HEAD));
        Instant from = Instant.now().minusSeconds(1);
        selection().select(criteria().holds(ProductCategory.DEPOSIT).build(), 100, head);
        List<AuditEntry> entries = audit().query("sel.audited", null, from, Instant.now().plusSeconds(1), 100);
        assertEquals(entries.toString(), 1, entries.size());
        assertEquals("SELECTION", entries.get(0).action());
        assertEquals(null, entries.get(0).customerId());
        assertEquals("select holds [DEPOSIT]: 2 customers", entries.get(0).detail());
    }

    @Test
    public void badCriteriaAreRefusedNamingTheCriterion() {
        assertEquals("minAssets", refused(criteria().assets("-1", null)));
        assertEquals("maxAssets", refused(criteria().assets("10", "5")));
        assertEquals("maturingWithinDays", refused(criteria().maturing(0)));
        assertEquals("maturingWithinDays", refused(criteria().maturing(367)));
        assertEquals("minAge", refused(criteria().ages(-1, null)));
        assertEquals("maxAge", refused(criteria().ages(null, 151)));
        assertEquals("maxAge", refused(criteria().ages(50, 40)));
        assertEquals("limit", assertThrows(InvalidInputException.class, () -> selection().select(TargetCriteria.any(), 0, HEAD)).field());
        assertEquals("limit", assertThrows(InvalidInputException.class,
                () -> selection().select(TargetCriteria.any(), 2_000_001, HEAD)).field());
    }

    private String refused(Criteria c) {
        return assertThrows(InvalidInputException.class, () -> selection().count(c.build(), HEAD)).field();
    }

    private List<String> ids(Criteria c) {
        return ids(c.build());
    }

    private List<String> ids(TargetCriteria c) {
        List<String> ids = selection().select(c, 1000, HEAD).stream().map(TargetCustomer::customerId).toList();
        assertEquals("count agrees with select", ids.size(), selection().count(c, HEAD));
        return ids;
    }

    private CustomerSelection selection() {
        return context.getService(context.getServiceReference(CustomerSelection.class));
    }

    private AuditLog audit() {
        return context.getService(context.getServiceReference(AuditLog.class));
    }

    private static Criteria criteria() {
        return new Criteria();
    }

    /** Builds criteria one field at a time. */
    private static final class Criteria {
        private Set<Segment> segments;
        private BigDecimal min;
        private BigDecimal max;
        private Set<ProductCategory> holds;
        private Set<ProductCategory> lacks;
        private Integer days;
        private Integer minAge;
        private Integer maxAge;
        private String manager;
        private Boolean hasManager;

        Criteria segments(Segment... s) {
            segments = Set.of(s);
            return this;
        }

        Criteria assets(String from, String below) {
            min = from == null ? null : new BigDecimal(from);
            max = below == null ? null : new BigDecimal(below);
            return this;
        }

        Criteria holds(ProductCategory... p) {
            holds = Set.of(p);
            return this;
        }

        Criteria lacks(ProductCategory... p) {
            lacks = Set.of(p);
            return this;
        }

        Criteria maturing(int d) {
            days = d;
            return this;
        }

        Criteria ages(Integer from, Integer to) {
            minAge = from;
            maxAge = to;
            return this;
        }

        Criteria manager(String m) {
            manager = m;
            return this;
        }

        Criteria hasManager(boolean h) {
            hasManager = h;
            return this;
        }

        TargetCriteria build() {
            return new TargetCriteria(segments, min, max, null, holds, lacks, days, minAge, maxAge, manager, hasManager);
        }
    }

    /** JUnit's own needs a class the framework's JUnit bundle lacks. */
    private static <E extends Throwable> E assertThrows(Class<E> type, Runnable call) {
        try {
            call.run();
        } catch (Throwable e) {
            if (type.isInstance(e)) {
                return type.cast(e);
            }
            throw new AssertionError("expected " + type.getSimpleName() + ", got " + e, e);
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }
}
