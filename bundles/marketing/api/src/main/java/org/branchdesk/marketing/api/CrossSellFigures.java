package org.branchdesk.marketing.api;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Cross-selling (关联销售) figures, for the premium customers of the centre or of one manager.
 *
 * @param customers       premium customers counted
 * @param byFamiliesHeld  how many customers hold how many product families (categories with a balance)
 * @param averageFamilies families held per customer
 * @param crossSellRate   the share of them holding at least the configured number of families, 0 to 1
 * @param campaignContacts marketing contacts in the period
 * @param campaignSales   of which bought
 * @param campaignSuccessRate sales / customers contacted, 0 to 1
 */
public record CrossSellFigures(String manager, long customers, Map<Integer, Long> byFamiliesHeld,
        BigDecimal averageFamilies, BigDecimal crossSellRate, int campaignContacts, int campaignSales,
        BigDecimal campaignSuccessRate) {
}
