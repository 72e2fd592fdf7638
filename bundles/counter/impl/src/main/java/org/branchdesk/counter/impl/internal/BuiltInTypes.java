package org.branchdesk.counter.impl.internal;

import static org.branchdesk.counter.api.FieldKind.ACCOUNT;
import static org.branchdesk.counter.api.FieldKind.DATE;
import static org.branchdesk.counter.api.FieldKind.ID_NUMBER;
import static org.branchdesk.counter.api.FieldKind.INTEGER;
import static org.branchdesk.counter.api.FieldKind.NOTE;
import static org.branchdesk.counter.api.FieldKind.PHONE;
import static org.branchdesk.counter.api.FieldKind.PRODUCT;
import static org.branchdesk.counter.api.FieldKind.TEXT;
import static org.branchdesk.counter.api.FieldSpec.choice;
import static org.branchdesk.counter.api.FieldSpec.optional;
import static org.branchdesk.counter.api.FieldSpec.required;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.branchdesk.counter.api.AmountUse;
import org.branchdesk.counter.api.FieldKind;
import org.branchdesk.counter.api.FieldSpec;
import org.branchdesk.counter.api.RequestType;
import org.branchdesk.platform.api.InvalidInputException.FieldError;

/** The module's own request types: the seeds' business and the large-amount and customer kinds the issue adds. */
final class BuiltInTypes {

    /** A type described by values, with its rules across fields. */
    record Type(String code, String title, AmountUse amount, List<FieldSpec> fields, boolean selfServiceCapable,
            Function<Map<String, String>, List<FieldError>> rules) implements RequestType {

        @Override
        public List<FieldError> check(Map<String, String> values) {
            return rules.apply(values);
        }
    }

    private BuiltInTypes() {
    }

    static List<RequestType> all() {
        return List.of(
                type("LOSS_REPORT", "Loss reporting (挂失)", AmountUse.NONE, none(), required("account", "Account or card", ACCOUNT),
                        choice("medium", "What was lost", true, "CARD", "PASSBOOK", "CERTIFICATE", "SEAL"),
                        choice("kind", "Temporary (口头挂失) or formal (书面挂失)", true, "TEMPORARY", "FORMAL")),
                type("FREEZE", "Freezing (冻结)", AmountUse.OPTIONAL, none(), required("account", "Account to freeze", ACCOUNT),
                        required("reason", "Reason", TEXT), required("authority", "Requesting authority, e.g. a court", TEXT),
                        optional("until", "Frozen until", DATE)),
                type("UNFREEZE", "Unfreezing (解冻)", AmountUse.OPTIONAL, none(), required("account", "Account to unfreeze", ACCOUNT),
                        required("reason", "Reason", TEXT), required("authority", "Requesting authority, e.g. a court", TEXT)),
                type("INQUIRY_REPLY", "Inquiry and reply (查询查复)", AmountUse.NONE, none(), required("subject", "Subject", TEXT),
                        new FieldSpec("question", "Question", NOTE, true, 2000, List.of()),
                        new FieldSpec("reply", "Reply", NOTE, false, 2000, List.of())),
                type("ACCOUNT_OPENING", "Account opening (开户)", AmountUse.OPTIONAL, none(),
                        choice("accountType", "Account type", true, "SAVINGS", "CURRENT", "TIME_DEPOSIT")),
                type("ACCOUNT_CLOSING", "Account closing (销户)", AmountUse.OPTIONAL, differ("payoutTo", "account"),
                        required("account", "Account to close", ACCOUNT), optional("payoutTo", "Balance paid to account", ACCOUNT)),
                type("LOAN", "Loan (贷款)", AmountUse.REQUIRED, BuiltInTypes::loan,
                        choice("loanType", "Loan type", true, "CONSUMER", "MORTGAGE", "BUSINESS"),
                        required("termMonths", "Term in months (1 to 360)", INTEGER), required("purpose", "Purpose", TEXT)),
                type("FUND_ALLOCATION", "Internal fund allocation (内部资金调拨)", AmountUse.REQUIRED, differ("toAccount", "fromAccount"),
                        required("fromAccount", "From account", ACCOUNT), required("toAccount", "To account", ACCOUNT),
                        required("purpose", "Purpose", TEXT)),
                type("COLLECTION_ACCEPTANCE", "Collection with acceptance (托收承付)", AmountUse.REQUIRED,
                        differ("payeeAccount", "payerAccount"), required("payerAccount", "Payer's account", ACCOUNT),
                        required("payeeAccount", "Payee's account", ACCOUNT), required("contractNo", "Contract number", TEXT),
                        required("dueDate", "Due date", DATE)),
                type("LARGE_CASH_WITHDRAWAL", "Large cash withdrawal (大额取现)", AmountUse.REQUIRED, none(),
                        required("account", "Account", ACCOUNT), optional("bookedFor", "Cash booked for (预约日期)", DATE)),
                new Type("LARGE_TRANSFER", "Large transfer (大额转账)", AmountUse.REQUIRED, List.of(required("fromAccount", "From account",
                        ACCOUNT), required("toAccount", "To account", ACCOUNT), required("payeeName", "Payee's name", TEXT)), true,
                        differ("toAccount", "fromAccount")),
                type("PRODUCT_PURCHASE", "Product purchase (产品购买)", AmountUse.REQUIRED, none(), required("product", "Product code", PRODUCT),
                        required("fromAccount", "Paid from account", ACCOUNT)),
                type("CUSTOMER_INFO_CHANGE", "Customer information change (客户信息变更)", AmountUse.NONE, BuiltInTypes::infoChange,
                        optional("phone", "New phone", PHONE), optional("occupation", "New occupation", TEXT),
                        optional("idNumber", "Renewed identity document number", ID_NUMBER)));
    }

    private static Type type(String code, String title, AmountUse amount, Function<Map<String, String>, List<FieldError>> rules,
            FieldSpec... fields) {
        return new Type(code, title, amount, List.of(fields), false, rules);
    }

    private static Function<Map<String, String>, List<FieldError>> none() {
        return f -> List.of();
    }

    /** {@code field} may not be the same account as {@code other}. */
    private static Function<Map<String, String>, List<FieldError>> differ(String field, String other) {
        return f -> f.get(field) != null && f.get(field).equals(f.get(other))
                ? List.of(new FieldError("fields." + field, "is the same account as " + other))
                : List.of();
    }

    private static List<FieldError> loan(Map<String, String> f) {
        String term = f.get("termMonths");
        if (term != null && (term.length() > 3 || Integer.parseInt(term) < 1 || Integer.parseInt(term) > 360)) {
            return List.of(new FieldError("fields.termMonths", "'" + term + "' is not a term from 1 to 360 months"));
        }
        return List.of();
    }

    private static List<FieldError> infoChange(Map<String, String> f) {
        List<FieldError> errors = new ArrayList<>();
        if (f.isEmpty()) {
            errors.add(new FieldError("fields", "name at least one of phone, occupation, idNumber: what changes"));
        }
        return errors;
    }

    /** For documentation and tests: the kinds of a type's fields. */
    static Map<String, FieldKind> kinds(RequestType type) {
        Map<String, FieldKind> kinds = new java.util.HashMap<>();
        type.fields().forEach(s -> kinds.put(s.name(), s.kind()));
        return kinds;
    }
}
