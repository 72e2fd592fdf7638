package org.branchdesk.marketing.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.branchdesk.customer.api.ProductCategory;
import org.branchdesk.customer.api.Segment;
import org.branchdesk.marketing.api.Issuer;
import org.branchdesk.marketing.api.Product;
import org.branchdesk.marketing.api.ProductInput;
import org.branchdesk.marketing.api.RiskRating;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.junit.Test;

public class ShelfRulesTest {

    private static final Map<String, Set<Segment>> FAMILIES = Map.of("funds", Set.of(Segment.values()), "exclusive wealth products",
            Set.of(Segment.PRIVATE, Segment.HIGH), "mobile banking", Set.of(Segment.PRIVATE));

    @Test
    public void aFamilyFallsInTheCategoryItsWordsName() {
        assertEquals(ProductCategory.DEPOSIT, ShelfRules.category("deposits"));
        assertEquals(ProductCategory.BOND, ShelfRules.category("bonds"));
        assertEquals(ProductCategory.FUND, ShelfRules.category("funds"));
        assertEquals(ProductCategory.STOCK, ShelfRules.category("stocks"));
        assertEquals(ProductCategory.FX, ShelfRules.category("FX"));
        assertEquals(ProductCategory.TRUST, ShelfRules.category("trusts"));
        assertEquals(ProductCategory.WEALTH_PRODUCT, ShelfRules.category("wealth products"));
        assertEquals(ProductCategory.WEALTH_PRODUCT, ShelfRules.category("exclusive wealth products"));
        assertEquals(ProductCategory.PRECIOUS_METAL, ShelfRules.category("precious metals"));
        assertEquals(ProductCategory.INSURANCE, ShelfRules.category("life insurance"));
        assertEquals(ProductCategory.INSURANCE, ShelfRules.category("property insurance"));
        assertEquals(ProductCategory.LOAN, ShelfRules.category("student loans"));
        assertEquals(ProductCategory.LOAN, ShelfRules.category("housing loans"));
        assertNull(ShelfRules.category("mobile banking"));
        assertNull(ShelfRules.category("safe deposit box"));
        assertNull(ShelfRules.category("derivatives"));
        assertNull(ShelfRules.category(null));
    }

    @Test
    public void segmentsDefaultToTheCatalogueAndAmountsKeepTwoDecimals() {
        List<FieldError> errors = new ArrayList<>();
        Product p = ShelfRules.check(new ProductInput(" WLT-1 ", "Plan", "exclusive wealth products", Issuer.OWN, RiskRating.R2,
                new BigDecimal("1000000"), 90, null, null, null, List.of("branch")), FAMILIES, errors);
        assertEquals(List.of(), errors);
        assertEquals("WLT-1", p.code());
        assertEquals(List.of(Segment.PRIVATE, Segment.HIGH), p.segments().stream().sorted().toList());
        assertEquals("1000000.00", p.minimumAmount().toPlainString());
        assertEquals(ProductCategory.WEALTH_PRODUCT, p.category());
        Product given = ShelfRules.check(new ProductInput("F", "Fund", "funds", Issuer.AGENCY, RiskRating.R3, null, null, null, null,
                List.of(Segment.MID), null), FAMILIES, errors);
        assertEquals(List.of(Segment.MID), given.segments());
        assertEquals(BigDecimal.ZERO.setScale(2), given.minimumAmount());
    }

    @Test
    public void everyBrokenRuleIsNamed() {
        List<FieldError> errors = new ArrayList<>();
        assertNull(ShelfRules.check(new ProductInput("bad code!", " ", "yachts", null, null, new BigDecimal("0.001"), 0,
                LocalDate.of(2027, 2, 1), LocalDate.of(2027, 1, 1), null, List.of("a|b")), FAMILIES, errors));
        assertEquals(List.of("code", "name", "family", "issuer", "risk", "minimumAmount", "termDays", "saleTo", "channels"),
                errors.stream().map(FieldError::field).toList());
    }
}
