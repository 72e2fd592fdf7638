package org.branchdesk.customer.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.branchdesk.customer.api.ProductCategory;
import org.branchdesk.customer.api.Segment;
import org.branchdesk.customer.api.TargetCriteria;
import org.branchdesk.platform.api.InvalidInputException;
import org.junit.Test;

public class SelectionSqlTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    public void everyCustomerHasNoClause() {
        SelectionSql sql = SelectionSql.of(TargetCriteria.any(), TODAY);
        assertEquals("", sql.where());
        assertTrue(sql.params().isEmpty());
        assertEquals("every customer", SelectionSql.describe(TargetCriteria.any()));
    }

    @Test
    public void valuesAreBoundNeverWritten() {
        TargetCriteria c = new TargetCriteria(Set.of(Segment.HIGH), new BigDecimal("1000000"), new BigDecimal("5000000"), true,
                Set.of(ProductCategory.DEPOSIT), Set.of(ProductCategory.FUND, ProductCategory.TRUST), 30, 30, 59, "mgr1' OR 1=1", true);
        SelectionSql sql = SelectionSql.of(c, TODAY);
        assertFalse(sql.where().contains("mgr1"));
        assertFalse(sql.where().contains("HIGH"));
        assertFalse(sql.where().contains("FUND"));
        assertTrue(sql.where().contains("NOT EXISTS"));
        assertEquals(List.of("HIGH", new BigDecimal("1000000"), new BigDecimal("5000000"), true, "DEPOSIT", "FUND", "TRUST",
                TODAY, TODAY.plusDays(30), LocalDate.of(1996, 12, 2), LocalDate.of(1966, 12, 2), "mgr1' OR 1=1"), sql.params());
    }

    @Test
    public void ageBandCountsBirthdaysToday() {
        // born 1996-12-02 is 30 today: in a band from 30; born 1966-12-02 is 60 today: out of a band up to 59
        SelectionSql sql = SelectionSql.of(new TargetCriteria(null, null, null, null, null, null, null, 30, 59, null, null), TODAY);
        assertTrue(sql.where().contains("BIRTH_DATE <= ?"));
        assertTrue(sql.where().contains("BIRTH_DATE > ?"));
        assertEquals(List.of(LocalDate.of(1996, 12, 2), LocalDate.of(1966, 12, 2)), sql.params());
    }

    @Test
    public void badCriteriaNameTheCriterion() {
        refused("minAssets", new TargetCriteria(null, new BigDecimal("-1"), null, null, null, null, null, null, null, null, null));
        refused("maxAssets", new TargetCriteria(null, null, new BigDecimal("-1"), null, null, null, null, null, null, null, null));
        refused("maxAssets", new TargetCriteria(null, BigDecimal.TEN, BigDecimal.ONE, null, null, null, null, null, null, null, null));
        refused("minAssets", new TargetCriteria(null, new BigDecimal("1e30"), null, null, null, null, null, null, null, null, null));
        refused("maxAssets", new TargetCriteria(null, null, new BigDecimal("0.001"), null, null, null, null, null, null, null, null));
        refused("maturingWithinDays", new TargetCriteria(null, null, null, null, null, null, 0, null, null, null, null));
        refused("maturingWithinDays", new TargetCriteria(null, null, null, null, null, null, 367, null, null, null, null));
        refused("minAge", new TargetCriteria(null, null, null, null, null, null, null, -1, null, null, null));
        refused("maxAge", new TargetCriteria(null, null, null, null, null, null, null, null, 151, null, null));
        refused("maxAge", new TargetCriteria(null, null, null, null, null, null, null, 40, 30, null, null));
        refused("lacks", new TargetCriteria(null, null, null, null, Set.of(ProductCategory.FUND), Set.of(ProductCategory.FUND), null, null,
                null, null, null));
        refused("criteria", null);
        SelectionSql.of(new TargetCriteria(null, null, null, null, null, null, 366, 0, 150, null, null), TODAY);
    }

    private static void refused(String field, TargetCriteria c) {
        try {
            SelectionSql.of(c, TODAY);
            fail("accepted: " + c);
        } catch (InvalidInputException e) {
            assertEquals(field, e.field());
        }
    }
}
