package org.branchdesk.customer.impl.internal;

import java.util.Arrays;
import java.util.List;

import org.branchdesk.customer.api.Customer;
import org.branchdesk.customer.api.CustomerInput;
import org.branchdesk.customer.api.Education;
import org.branchdesk.customer.impl.internal.jpa.CustomerEntity;

/** Moves customers between their stored and their API form. */
final class Customers {

    private Customers() {
    }

    static Customer toRecord(CustomerEntity e) {
        return new Customer(e.id, e.name, e.idType, e.idNumber, e.phone, e.birthDate,
                e.birthDate == null ? null : e.birthDate.getYear(), e.education, e.occupation,
                cards(e.cards), e.otherBankAssets, e.manager, e.segment, e.segmentQuarter, e.averageAssets, e.potentialPremium);
    }

    /** Copies the identity fields; the classification is segmentation's business. */
    static void copyIdentity(CustomerInput in, CustomerEntity e) {
        e.name = in.name().trim();
        e.idType = in.idType();
        e.idNumber = in.idNumber().trim().toUpperCase(java.util.Locale.ROOT);
        e.phone = blankToNull(in.phone());
        e.birthDate = in.birthDate();
        e.education = in.education() == null ? Education.UNKNOWN : in.education();
        e.occupation = blankToNull(in.occupation());
        e.cards = in.cardNumbers() == null || in.cardNumbers().isEmpty() ? null
                : String.join(";", in.cardNumbers().stream().map(String::trim).toList());
        e.otherBankAssets = in.otherBankAssets();
        e.manager = blankToNull(in.manager());
    }

    static List<String> cards(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(";"));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
