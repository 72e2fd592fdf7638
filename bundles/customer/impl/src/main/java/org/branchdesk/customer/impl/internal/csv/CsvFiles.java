package org.branchdesk.customer.impl.internal.csv;

import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.branchdesk.customer.api.Education;
import org.branchdesk.customer.api.IdType;
import org.branchdesk.customer.api.ProductCategory;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.InvalidInputException.FieldError;

/**
 * The three import files, parsed and checked row by row. Every bad value is reported with its
 * line and column (up to 100); any error fails the whole file.
 */
public final class CsvFiles {

    private static final int MAX_ERRORS = 100;

    private CsvFiles() {
    }

    public static List<CustomerRow> customers(Reader in) {
        List<CsvRow> rows = CsvReader.read(in, Set.of("customer_id", "name", "id_type", "id_number"),
                Set.of("phone", "birth_date", "education", "occupation", "card_numbers", "other_bank_assets", "manager"));
        List<FieldError> errors = new ArrayList<>();
        List<CustomerRow> result = new ArrayList<>(rows.size());
        Map<String, Integer> ids = new HashMap<>();
        Map<String, Integer> documents = new HashMap<>();
        Map<String, Integer> cards = new HashMap<>();
        for (CsvRow row : rows) {
            int before = errors.size();
            Validation v = new Validation(errors, row.line());
            String id = v.customerId("customer_id", row.get("customer_id"));
            String name = v.text("name", row.get("name"), true, 100);
            IdType idType = v.oneOf("id_type", IdType.class, row.get("id_type"), true);
            String idNumber = idType == null ? null : v.idNumber("id_number", idType, row.get("id_number"));
            String phone = v.phone("phone", row.get("phone"));
            LocalDate birth = v.birthDate("birth_date", v.date("birth_date", row.get("birth_date"), false));
            Education education = v.oneOf("education", Education.class, row.get("education"), false);
            String occupation = v.text("occupation", row.get("occupation"), false, 100);
            List<String> cardNumbers = new ArrayList<>();
            String cardList = row.get("card_numbers");
            if (cardList != null) {
                Arrays.stream(cardList.split(";")).map(String::trim).filter(c -> !c.isEmpty())
                        .forEach(c -> cardNumbers.add(v.card("card_numbers", c)));
            }
            BigDecimal otherBank = v.amount("other_bank_assets", row.get("other_bank_assets"), false);
            String manager = v.text("manager", row.get("manager"), false, 32);
            duplicate(v, ids, id, "customer_id", "customer");
            if (idType != null && idNumber != null) {
                duplicate(v, documents, idType + ":" + idNumber, "id_number", "identity document");
            }
            cardNumbers.stream().filter(c -> c != null).forEach(c -> duplicate(v, cards, c, "card_numbers", "card"));
            if (errors.size() == before) {
                result.add(new CustomerRow(row.line(), id, name, idType, idNumber, phone, birth,
                        education == null ? Education.UNKNOWN : education, occupation, List.copyOf(cardNumbers), otherBank, manager));
            }
            if (errors.size() >= MAX_ERRORS) {
                break;
            }
        }
        return done(result, errors);
    }

    public static List<HoldingRow> holdings(Reader in) {
        List<CsvRow> rows = CsvReader.read(in, Set.of("customer_id", "category", "amount"), Set.of());
        List<FieldError> errors = new ArrayList<>();
        List<HoldingRow> result = new ArrayList<>(rows.size());
        Map<String, Integer> keys = new HashMap<>();
        for (CsvRow row : rows) {
            int before = errors.size();
            Validation v = new Validation(errors, row.line());
            String customer = v.customerId("customer_id", row.get("customer_id"));
            ProductCategory category = v.oneOf("category", ProductCategory.class, row.get("category"), true);
            BigDecimal amount = v.amount("amount", row.get("amount"), true);
            duplicate(v, keys, customer + ":" + category, "category", "holding of this customer in this category");
            if (errors.size() == before) {
                result.add(new HoldingRow(row.line(), customer, category, amount));
            }
            if (errors.size() >= MAX_ERRORS) {
                break;
            }
        }
        return done(result, errors);
    }

    public static List<BalanceRow> balances(Reader in) {
        List<CsvRow> rows = CsvReader.read(in, Set.of("customer_id", "date", "balance"), Set.of());
        List<FieldError> errors = new ArrayList<>();
        List<BalanceRow> result = new ArrayList<>(rows.size());
        Map<String, Integer> keys = new HashMap<>();
        for (CsvRow row : rows) {
            int before = errors.size();
            Validation v = new Validation(errors, row.line());
            String customer = v.customerId("customer_id", row.get("customer_id"));
            LocalDate date = v.date("date", row.get("date"), true);
            BigDecimal balance = v.amount("balance", row.get("balance"), true);
            duplicate(v, keys, customer + ":" + date, "date", "balance of this customer on this day");
            if (errors.size() == before) {
                result.add(new BalanceRow(row.line(), customer, date, balance));
            }
            if (errors.size() >= MAX_ERRORS) {
                break;
            }
        }
        return done(result, errors);
    }

    /** A key seen on an earlier line of the same file is an error on the later line. */
    private static void duplicate(Validation v, Map<String, Integer> seen, String key, String field, String what) {
        if (key == null) {
            return;
        }
        Integer first = seen.putIfAbsent(key, v.line());
        if (first != null) {
            v.fail(field, "the same " + what + " is already on line " + first);
        }
    }

    private static <T> List<T> done(List<T> rows, List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.subList(0, Math.min(errors.size(), MAX_ERRORS)));
        }
        return rows;
    }
}
