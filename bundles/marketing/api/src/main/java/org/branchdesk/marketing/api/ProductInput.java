package org.branchdesk.marketing.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.branchdesk.customer.api.Segment;

/**
 * A product to put on the shelf (create or replace). Required: {@code code} (letters, digits,
 * {@code -} and {@code _}, at most 32), {@code name} (at most 100), {@code family}, {@code issuer},
 * {@code risk}. {@code minimumAmount} absent means zero; {@code segments} absent or empty means the
 * segments whose catalogue lists the family; {@code saleTo} may not be before {@code saleFrom}.
 */
public record ProductInput(String code, String name, String family, Issuer issuer, RiskRating risk,
        BigDecimal minimumAmount, Integer termDays, LocalDate saleFrom, LocalDate saleTo, List<Segment> segments,
        List<String> channels) {
}
