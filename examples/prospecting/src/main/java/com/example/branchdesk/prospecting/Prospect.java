package com.example.branchdesk.prospecting;

import java.math.BigDecimal;

import org.branchdesk.customer.api.Customer;

/**
 * How far a customer is from being premium, counting what they hold at other banks.
 *
 * @param combined average daily assets here plus assets declared at other banks
 * @param advice   what the customer manager should do
 */
public record Prospect(String customerId, String segment, BigDecimal averageAssets, BigDecimal otherBankAssets,
        BigDecimal combined, boolean potentialPremium, String advice) {

    static Prospect of(Customer customer) {
        BigDecimal average = customer.averageAssets() == null ? BigDecimal.ZERO : customer.averageAssets();
        BigDecimal other = customer.otherBankAssets() == null ? BigDecimal.ZERO : customer.otherBankAssets();
        boolean premium = customer.segment() != null && customer.segment().premium();
        String advice = customer.potentialPremium()
                ? "Premium with the assets held elsewhere: invite to a wealth review with the customer manager"
                : premium ? "Already premium: keep the relationship" : "Not a prospect this quarter";
        return new Prospect(customer.id(), customer.segment() == null ? null : customer.segment().name(), average, other,
                average.add(other), customer.potentialPremium(), advice);
    }
}
