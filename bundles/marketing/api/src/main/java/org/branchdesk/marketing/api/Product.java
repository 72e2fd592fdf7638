package org.branchdesk.marketing.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.branchdesk.customer.api.ProductCategory;
import org.branchdesk.customer.api.Segment;

/**
 * A product on the shelf.
 *
 * @param family        one of the segment catalogue's product families or channels, e.g. {@code funds},
 *                      {@code wealth products}, {@code mobile banking} ({@link ProductShelf#families()})
 * @param category      the holdings category the family falls in (what the customer's holdings show once
 *                      bought), or null for a service or channel product
 * @param minimumAmount the least a customer may put in (CNY), zero for none
 * @param termDays      the term in days, or null for an open-ended product
 * @param saleFrom      first day of the sale window, or null for no start
 * @param saleTo        last day of the sale window (inclusive), or null for no end
 * @param segments      the segments it may be offered to (by default those whose catalogue lists its family)
 * @param channels      the channels it is sold through
 * @param retired       taken off the shelf: kept for the plans and opportunities that name it
 */
public record Product(String code, String name, String family, ProductCategory category, Issuer issuer, RiskRating risk,
        BigDecimal minimumAmount, Integer termDays, LocalDate saleFrom, LocalDate saleTo, List<Segment> segments,
        List<String> channels, boolean retired) {
}
