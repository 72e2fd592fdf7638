package org.branchdesk.customer.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a caller supplies to create or replace a customer. Required: {@code name},
 * {@code idType}, {@code idNumber}. Unknown customer manager usernames are rejected.
 *
 * @param id              the core banking customer number (客户号); generated when null on create
 * @param otherBankAssets financial assets the customer declared at other banks (CNY), or null
 * @param manager         username of the dedicated customer manager, or null
 */
public record CustomerInput(String id, String name, IdType idType, String idNumber, String phone,
        LocalDate birthDate, Education education, String occupation, List<String> cardNumbers,
        BigDecimal otherBankAssets, String manager) {
}
