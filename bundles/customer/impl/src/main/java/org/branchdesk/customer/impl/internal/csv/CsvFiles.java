package org.branchdesk.customer.impl.internal.csv;

import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;

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
        List<CustomerRow> rows = new ArrayList<>();
        customers(in, rows::add);
        return rows;
    }

    /**
     * customers.csv as it is read: each valid row goes to {@code each} until the first error;
     * the errors are thrown once the whole file is read, so a caller writing the rows as they
     * come must roll back then.
     */
    public static void customers(Reader in, Consumer<CustomerRow> each) {
        Map<Object, Integer> ids = new HashMap<>();
        Map<Object, Integer> documents = new HashMap<>();
        Map<Object, Integer> cards = new HashMap<>();
        rows(in, Set.of("customer_id", "name", "id_type", "id_number"),
                Set.of("phone", "birth_date", "education", "occupation", "card_numbers", "other_bank_assets", "manager"), (row, v) -> {
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
                    return new CustomerRow(row.line(), id, name, idType, idNumber, phone, birth,
                            education == null ? Education.UNKNOWN : education, occupation, cardNumbers, otherBank, manager);
                }, each);
    }

    /**
     * holdings.csv: {@code customer_id, category, amount}, one row per customer and category;
     * {@code maturity_date} optional.
     */
    public static List<HoldingRow> holdings(Reader in) {
        List<HoldingRow> rows = new ArrayList<>();
        holdings(in, rows::add);
        return rows;
    }

    /** holdings.csv as it is read: see {@link #customers(Reader, Consumer)}. */
    public static void holdings(Reader in, Consumer<HoldingRow> each) {
        Map<Object, Integer> keys = new HashMap<>();
        rows(in, Set.of("customer_id", "category", "amount"), Set.of("maturity_date"), (row, v) -> {
            String customer = v.customerId("customer_id", row.get("customer_id"));
            ProductCategory category = v.oneOf("category", ProductCategory.class, row.get("category"), true);
            BigDecimal amount = v.amount("amount", row.get("amount"), true);
            LocalDate maturity = v.date("maturity_date", row.get("maturity_date"), false);
            duplicate(v, keys, "category", "holding of this customer in this category", customer, category);
            return new HoldingRow(row.line(), customer, category, amount, maturity);
        }, each);
    }

    /** balances.csv: {@code customer_id, date, balance}, one row per customer and day. */
    public static List<BalanceRow> balances(Reader in) {
        List<BalanceRow> rows = new ArrayList<>();
        Map<Object, Integer> keys = new HashMap<>();
        rows(in, Set.of("customer_id", "date", "balance"), Set.of(), (row, v) -> {
            String customer = v.customerId("customer_id", row.get("customer_id"));
            LocalDate date = v.date("date", row.get("date"), true);
            BigDecimal balance = v.amount("balance", row.get("balance"), true);
            duplicate(v, keys, "date", "balance of this customer on this day", customer, date);
            return new BalanceRow(row.line(), customer, date, balance);
        }, rows::add);
        return rows;
    }

    /**
     * Reads the file and checks each row; the rows of a file without errors so far go to
     * {@code each}. Reading goes on after an error, to report every error (up to 100), which
     * are thrown at the end.
     */
    private static <T> void rows(Reader in, Set<String> required, Set<String> optional, BiFunction<CsvRow, Validation, T> check,
            Consumer<T> each) {
        List<FieldError> errors = new ArrayList<>();
        CsvReader reader = CsvReader.open(in, required, optional, errors);
        for (CsvRow row; errors.size() < CsvReader.MAX_ERRORS && (row = reader.next()) != null;) {
            T checked = check.apply(row, new Validation(errors, row.line()));
            if (errors.isEmpty()) {
                each.accept(checked);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.subList(0, Math.min(errors.size(), CsvReader.MAX_ERRORS)));
        }
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
        if (cards.size() > Validation.MAX_CARDS) {
            v.fail("card_numbers", "at most " + Validation.MAX_CARDS + " cards, not " + cards.size());
            return List.of();
        }
        return List.copyOf(cards);
    }

    /**
     * A key seen on an earlier line of the same file is an error on the later line. A key with
     * a part that is already reported as bad is not compared, so one typo gives one error.
     */
    private static void duplicate(Validation v, Map<Object, Integer> seen, String field, String what, Object... parts) {
        for (Object part : parts) {
            if (part == null) {
                return;
            }
        }
        Integer first = seen.putIfAbsent(parts.length == 1 ? parts[0] : List.of(parts), v.line());
        if (first != null) {
            v.fail(field, "the same " + what + " is already on line " + first);
        }
    }
}
