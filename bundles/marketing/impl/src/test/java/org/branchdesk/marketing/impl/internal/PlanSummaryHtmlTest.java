package org.branchdesk.marketing.impl.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.branchdesk.customer.api.ProductCategory;
import org.branchdesk.customer.api.Segment;
import org.branchdesk.marketing.api.AllocationShare;
import org.branchdesk.marketing.api.FinancialPlan;
import org.branchdesk.marketing.api.Goal;
import org.branchdesk.marketing.api.GoalNeed;
import org.branchdesk.marketing.api.Issuer;
import org.branchdesk.marketing.api.PlanLine;
import org.branchdesk.marketing.api.PlanStatus;
import org.branchdesk.marketing.api.Product;
import org.branchdesk.marketing.api.RiskAssessment;
import org.branchdesk.marketing.api.RiskRating;
import org.branchdesk.marketing.api.RiskTolerance;
import org.junit.Test;

public class PlanSummaryHtmlTest {

    @Test
    public void everyValueIsEscapedAndTheStyleIsTheOnlyOneAllowed() {
        Instant at = Instant.parse("2026-12-01T02:00:00Z");
        FinancialPlan plan = new FinancialPlan(7, "T003", 2, 3, PlanStatus.ACCEPTED, List.of(new GoalNeed(Goal.EDUCATION, new BigDecimal("200000.00"), 10)),
                List.of(new AllocationShare(ProductCategory.FUND, new BigDecimal("100"))),
                List.of(new PlanLine("FND-01", new BigDecimal("50000.00"), Goal.EDUCATION)), new BigDecimal("50000.00"),
                "<script>alert(1)</script> & \"more\"", "cm1", at, at, at, "cm1", "yes <b>please</b>");
        Product fund = new Product("FND-01", "Growth <Fund> 'A'", "funds", ProductCategory.FUND, Issuer.OWN, RiskRating.R3, BigDecimal.ZERO, null,
                null, null, List.of(Segment.MID), List.of(), false);
        RiskAssessment profile = new RiskAssessment(1, "T003", "v1", Map.of(), 30, RiskTolerance.C3, "cm1", at, LocalDate.of(2027, 12, 1), false);
        String html = PlanSummaryHtml.render(plan, new PlanSummaryHtml.Customer("T003", "孙<中>端", "MID"), profile, Map.of("FND-01", fund),
                "Li <Manager>", "cm1", ZoneId.of("Asia/Shanghai"), at);
        assertFalse(html, html.contains("<script>"));
        assertFalse(html, html.contains("<b>please"));
        assertTrue(html, html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;"));
        assertTrue(html, html.contains("Growth &lt;Fund&gt; &#39;A&#39;"));
        assertTrue(html, html.contains("孙&lt;中&gt;端"));
        assertTrue(html, html.contains("Li &lt;Manager&gt;"));
        assertTrue(html, html.contains("C3, valid until 2027-12-01"));
        assertTrue(html, html.contains("@media print"));
        assertTrue(html.contains("<style>" + PlanSummaryHtml.STYLE + "</style>"));
        assertTrue(PlanSummaryHtml.CSP, PlanSummaryHtml.CSP.matches("default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]{43}='; frame-ancestors 'none'"));
    }
}
