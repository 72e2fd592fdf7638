package org.branchdesk.marketing.impl.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;

import org.branchdesk.marketing.api.AllocationShare;
import org.branchdesk.marketing.api.FinancialPlan;
import org.branchdesk.marketing.api.GoalNeed;
import org.branchdesk.marketing.api.PlanLine;
import org.branchdesk.marketing.api.Product;
import org.branchdesk.marketing.api.RiskAssessment;

/**
 * The printable one-page summary of a plan version, as HTML: the customer's number, name and
 * segment, their tolerance and its expiry, the goals, the allocation, the lines, the status and
 * the decision, and who prepared it. Never an ID number or a phone number. Every value is escaped;
 * the only style is the fixed stylesheet below, allowed by its hash ({@link #CSP}) and nothing else.
 */
public final class PlanSummaryHtml {

    /** What the summary knows of the customer: no identity document, no phone. */
    public record Customer(String number, String name, String segment) {
    }

    static final String STYLE = "body{font-family:sans-serif;font-size:11pt;margin:1.5cm;color:#000}"
            + "h1{font-size:15pt;margin:0 0 .3cm}h2{font-size:12pt;margin:.5cm 0 .2cm}"
            + "table{border-collapse:collapse;width:100%}th,td{border:1px solid #888;padding:2px 6px;text-align:left}"
            + "td.n{text-align:right}p.meta{margin:.1cm 0}"
            + "@page{size:A4;margin:1.5cm}@media print{body{margin:0;font-size:10pt}a{color:#000;text-decoration:none}}";

    /** The page's Content-Security-Policy: nothing but its own stylesheet. */
    public static final String CSP = "default-src 'none'; style-src '" + sha256(STYLE) + "'; frame-ancestors 'none'";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private PlanSummaryHtml() {
    }

    public static String render(FinancialPlan plan, Customer customer, RiskAssessment profile, Map<String, Product> products,
            String preparedBy, String decisionBy, ZoneId zone, Instant printedAt) {
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
                .append(esc("Financial plan " + plan.number() + " v" + plan.version() + " - " + customer.number()))
                .append("</title><style>").append(STYLE).append("</style></head><body>\n");
        h.append("<h1>理财策划方案 Financial plan ").append(plan.number()).append(" version ").append(plan.version()).append("</h1>\n");
        meta(h, "Customer", customer.number() + " " + nullToDash(customer.name()));
        meta(h, "Segment", nullToDash(customer.segment()));
        if (profile == null) {
            meta(h, "Risk tolerance", "no risk profile taken");
        } else {
            meta(h, "Risk tolerance", profile.tolerance() + ", valid until " + DAY.format(profile.validUntil())
                    + (profile.expired() ? " (expired: a new assessment is needed)" : ""));
        }
        meta(h, "Status", plan.status() + decision(plan, decisionBy, zone));
        meta(h, "Prepared by", preparedBy + " on " + day(plan.createdAt(), zone));

        h.append("<h2>Goals</h2>\n<table><tr><th>Goal</th><th>Amount (CNY)</th><th>Horizon (years)</th></tr>\n");
        for (GoalNeed g : plan.goals()) {
            h.append("<tr><td>").append(esc(String.valueOf(g.goal()))).append("</td><td class=\"n\">").append(esc(plain(g.amount())))
                    .append("</td><td class=\"n\">").append(g.horizonYears()).append("</td></tr>\n");
        }
        h.append("</table>\n<h2>Recommended allocation</h2>\n<table><tr><th>Category</th><th>Share (%)</th></tr>\n");
        for (AllocationShare s : plan.allocation()) {
            h.append("<tr><td>").append(esc(String.valueOf(s.category()))).append("</td><td class=\"n\">").append(esc(plain(s.percent())))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n<h2>Products</h2>\n<table><tr><th>Product</th><th>Name</th><th>Risk</th><th>Goal</th><th>Amount (CNY)</th></tr>\n");
        for (PlanLine l : plan.lines()) {
            Product p = products.get(l.productCode());
            h.append("<tr><td>").append(esc(l.productCode())).append("</td><td>").append(esc(p == null ? "-" : p.name())).append("</td><td>")
                    .append(esc(p == null || p.risk() == null ? "-" : p.risk().name())).append("</td><td>")
                    .append(esc(l.goal() == null ? "-" : l.goal().name())).append("</td><td class=\"n\">").append(esc(plain(l.amount())))
                    .append("</td></tr>\n");
        }
        h.append("<tr><th colspan=\"4\">Total</th><td class=\"n\">").append(esc(plain(plan.total()))).append("</td></tr>\n</table>\n");
        if (plan.note() != null) {
            h.append("<h2>Note</h2>\n<p>").append(esc(plan.note()).replace("\n", "<br>")).append("</p>\n");
        }
        if (plan.decisionNote() != null) {
            h.append("<h2>The customer's words</h2>\n<p>").append(esc(plan.decisionNote()).replace("\n", "<br>")).append("</p>\n");
        }
        h.append("<p class=\"meta\">Printed ").append(esc(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(printedAt.atZone(zone).withNano(0))))
                .append(". Products above the customer's risk tolerance, outside their segment, below their minimum or outside their "
                        + "sale window cannot be in a plan.</p>\n</body></html>\n");
        return h.toString();
    }

    private static String decision(FinancialPlan plan, String decisionBy, ZoneId zone) {
        if (plan.decidedAt() == null) {
            return plan.presentedAt() == null ? "" : ", presented on " + day(plan.presentedAt(), zone);
        }
        return ", the customer's decision recorded by " + decisionBy + " on " + day(plan.decidedAt(), zone);
    }

    private static void meta(StringBuilder h, String label, String value) {
        h.append("<p class=\"meta\"><b>").append(esc(label)).append(":</b> ").append(esc(value)).append("</p>\n");
    }

    private static String day(Instant at, ZoneId zone) {
        return DAY.format(LocalDate.ofInstant(at, zone));
    }

    private static String plain(java.math.BigDecimal n) {
        return n == null ? "-" : n.toPlainString();
    }

    private static String nullToDash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }

    /** Escapes text for an element's content or a quoted attribute. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '&' -> out.append("&amp;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#39;");
            default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String sha256(String text) {
        try {
            return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
