package org.branchdesk.customer.impl.internal;

import org.branchdesk.customer.api.Identifier;
import org.branchdesk.platform.security.Masking;

/**
 * What was searched for, as the audit log may keep it: masked like the field it would match, so
 * that the log does not hold in full what the answers mask.
 */
final class SearchTerms {

    private SearchTerms() {
    }

    /** A free search query: an ID, card or phone number is masked as such, a name keeps its first character. */
    static String masked(String query) {
        String q = query.trim();
        if (q.chars().anyMatch(Character::isDigit)) {
            int digits = (int) q.chars().filter(Character::isDigit).count();
            if (q.length() == 15 || q.length() == 18) {
                return Masking.idNumber(q);
            }
            return digits >= 12 ? Masking.cardNumber(q) : Masking.phone(q);
        }
        int first = q.offsetByCodePoints(0, 1);
        return q.substring(0, first) + "*".repeat(q.codePointCount(first, q.length()));
    }

    /** A value identifying a customer, masked as its kind is. */
    static String masked(Identifier kind, String value) {
        String v = value.trim();
        return switch (kind) {
            case CUSTOMER_ID -> v;
            case CARD_NUMBER -> Masking.cardNumber(v);
            case ID_NUMBER -> Masking.idNumber(v);
            case PHONE -> Masking.phone(v);
        };
    }
}
