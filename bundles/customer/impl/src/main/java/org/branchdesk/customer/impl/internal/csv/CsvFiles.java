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
 * line and column (up to 100) so that a file can be fixed in one go; any error fails the whole
 * file, as an import is all or nothing.
 */
public final class CsvFiles {

    private CsvFiles() {
    }

    /**
     * customers.csv: {@code customer_id, name, id_type, id_number} required; {@code phone,
     * birth_date, education, occupation, card_numbers} (separated by ';'), {@code
     * other_bank_assets, manager} optional. A customer number, identity document or card seen on
     * an earlier line is an error on the later one.
     */
    public static List<CustomerRow> customers(Reader in) {
        List<CsvRow> rows = CsvReader.read(in, Set.of("customer_id", "name", "id_type", "id_number"),
                Set.of("phone", "birth_date", "education", "occupation", "card_numbers", "other_bank_assets", "manager"));
        List<FieldError> errors = new ArrayList<>();
        List<CustomerRow> result = new ArrayList<>(rows.size());
        Map<List<Object>, Integer> ids = new HashMap<>();
        Map<List<Object>, Integer> documents = new HashMap<>();
        Map<List<Object>, Integer> cards = new HashMap<>();
        for (CsvRow row : rows) {
            int before = errors.size();
            Validation v = new Validation(errors, row.line());
            String id = v.customerId("customer_id", row.get("customer_id"));
            String name = v.text("name", row.get("name"), true, 100);
            IdType idType = v.oneOf("id_type", IdType.class, row.get("id_type"), true);
            // without a valid type the number's rule is unknown: the id_type error says enough
            String idNumber = idType == null ? null : v.idNumber("id_number", idType, row.get("id_number"));
            String phone = v.phone("phone", row.get("phone"));
            LocalDate birth = v.birthDate("birth_date", v.date("birth_date", row.get("birth_date"), false));
            Education education = v.oneOf("education", Education.class, row.get("education"), false);
            String occupation = v.text("occupation", row.get("occupation"), false, 100);
            List<String> cardNumbers = cards(v, row.get("card_numbers"));
            BigDecimal otherBank = v.amount("other_bank_assets", row.get("other_bank_assets"), false);
            String manager = v.username("manager", row.get("manager"));
            duplicate(v, ids, "customer_id", "customer", id);
            duplicate(v, documents, "id_number", "identity document", idType, idNumber);
            cardNumbers.forEach(c -> duplicate(v, cards, "card_numbers", "card " + c, c));
            if (errors.size() == before) {
                result.add(new CustomerRow(row.line(), id, name, idType, idNumber, phone, birth,
                        education == null ? Education.UNKNOWN : education, occupation, cardNumbers, otherBank, manager));
            }
            if (errors.size() >= CsvReader.MAX_ERRORS) {
                break;
            }
        }
        return done(result, errors);
    }

    /** holdings.csv: {@code customer_id, category, amount}, one row per customer and category. */
    public static List<HoldingRow> holdings(Reader in) {
        List<CsvRow> rows = CsvReader.read(in, Set.of("customer_id", "category", "amount"), Set.of());
        List<FieldError> errors = new ArrayList<>();
        List<HoldingRow> result = new ArrayList<>(rows.size());
        Map<List<Object>, Integer> keys = new HashMap<>();
        for (CsvRow row : rows) {
            int before = errors.size();
            Validation v = new Validation(errors, row.line());
            String customer = v.customerId("customer_id", row.get("customer_id"));
            ProductCategory category = v.oneOf("category", ProductCategory.class, row.get("category"), true);
            BigDecimal amount = v.amount("amount", row.get("amount"), true);
            duplicate(v, keys, "category", "holding of this customer in this category", customer, category);
            if (errors.size() == before) {
                result.add(new HoldingRow(row.line(), customer, category, amount));
            }
            if (errors.size() >= CsvReader.MAX_ERRORS) {
                break;
            }
        }
        return done(result, errors);
    }

    /** balances.csv: {@code customer_id, date, balance}, one row per customer and day. */
    public static List<BalanceRow> balances(Reader in) {
        List<CsvRow> rows = CsvReader.read(in, Set.of("customer_id", "date", "balance"), Set.of());
        List<FieldError> errors = new ArrayList<>();
        List<BalanceRow> result = new ArrayList<>(rows.size());
        Map<List<Object>, Integer> keys = new HashMap<>();
        for (CsvRow row : rows) {
            int before = errors.size();
            Validation v = new Validation(errors, row.line());
            String customer = v.customerId("customer_id", row.get("customer_id"));
            LocalDate date = v.date("date", row.get("date"), true);
            BigDecimal balance = v.amount("balance", row.get("balance"), true);
            duplicate(v, keys, "date", "balance of this customer on this day", customer, date);
            if (errors.size() == before) {
                result.add(new BalanceRow(row.line(), customer, date, balance));
            }
            if (errors.size() >= CsvReader.MAX_ERRORS) {
                break;
            }
        }
        return done(result, errors);
    }

    private static List<String> cards(Validation v, String list) {
        if (list == null) {
            return List.of();
        }
        List<String> cards = new ArrayList<>();
        for (String part : list.split(";")) {
            if (!part.isBlank()) {
                String card = v.card("card_numbers", part);
                if (card != null) {
                    cards.add(card);
                }
            }
        }
        return List.copyOf(cards);
    }

    /**
     * A key seen on an earlier line of the same file is an error on the later line. A key with
     * a part that is already reported as bad is not compared, so one typo gives one error.
     */
    private static void duplicate(Validation v, Map<List<Object>, Integer> seen, String field, String what, Object... parts) {
        if (Arrays.asList(parts).contains(null)) {
            return;
        }
        Integer first = seen.putIfAbsent(List.of(parts), v.line());
        if (first != null) {
            v.fail(field, "the same " + what + " is already on line " + first);
        }
    }

    private static <T> List<T> done(List<T> rows, List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.subList(0, Math.min(errors.size(), CsvReader.MAX_ERRORS)));
        }
        return rows;
    }
}
