package org.branchdesk.customer.impl.internal.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.branchdesk.customer.api.Education;
import org.branchdesk.customer.api.IdType;

/**
 * A valid row of customers.csv, values normalised ({@code idNumber} upper-cased, amounts with
 * scale 2); absent optional values are null, except {@code education} (UNKNOWN) and
 * {@code cardNumbers} (empty).
 */
public record CustomerRow(int line, String id, String name, IdType idType, String idNumber, String phone, LocalDate birthDate,
        Education education, String occupation, List<String> cardNumbers, BigDecimal otherBankAssets, String manager) {

    public CustomerRow {
        cardNumbers = List.copyOf(cardNumbers);
    }
}
