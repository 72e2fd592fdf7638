package org.branchdesk.customer.impl.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.branchdesk.customer.api.CustomerInput;
import org.branchdesk.customer.impl.internal.csv.Validation;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.InvalidInputException.FieldError;

/** Checks a customer given as JSON with the same rules as the CSV import, naming JSON fields. */
final class InputValidation {

    private InputValidation() {
    }

    static void customer(CustomerInput in) {
        List<FieldError> errors = new ArrayList<>();
        Validation v = new Validation(errors, null);
        if (in.id() != null && !in.id().isBlank()) {
            v.customerId("id", in.id().trim());
        }
        v.text("name", in.name(), true, 100);
        if (in.idType() == null) {
            v.fail("idType", "is required");
        } else {
            v.idNumber("idNumber", in.idType(), in.idNumber());
        }
        v.phone("phone", in.phone());
        v.birthDate("birthDate", in.birthDate());
        v.text("occupation", in.occupation(), false, 100);
        v.amount("otherBankAssets", in.otherBankAssets());
        v.text("manager", in.manager(), false, 32);
        if (in.cardNumbers() != null && in.cardNumbers().size() > Validation.MAX_CARDS) {
            v.fail("cardNumbers", "at most " + Validation.MAX_CARDS + " cards, not " + in.cardNumbers().size());
        } else if (in.cardNumbers() != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < in.cardNumbers().size(); i++) {
                String card = v.card("cardNumbers[" + i + "]", in.cardNumbers().get(i));
                if (card != null && !seen.add(card)) {
                    v.fail("cardNumbers[" + i + "]", "the same card is listed twice");
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
