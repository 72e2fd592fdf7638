package org.branchdesk.customer.impl.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.branchdesk.customer.impl.internal.csv.CustomerRow;
import org.branchdesk.customer.impl.internal.jpa.CardEntity;
import org.branchdesk.customer.impl.internal.jpa.CustomerEntity;

/**
 * The checks of an import's rows against what is stored: a file's own rows are checked as it is
 * read ({@code csv.Validation}); these are the rules that need the database or the staff
 * directory. Each adds what it finds to the file's {@link ImportErrors}.
 */
final class ImportChecks {

    private static final String CUSTOMER_BY_ID = Sql.select(CustomerEntity.TABLE, List.of(CustomerEntity.ID), CustomerEntity.ID);
    private static final String ALL_CUSTOMERS = Sql.select(CustomerEntity.TABLE, List.of(CustomerEntity.ID));
    private static final List<String> DOCUMENT = List.of(CustomerEntity.ID, CustomerEntity.ID_TYPE, CustomerEntity.ID_NUMBER);
    // the probe uses the unique (type, number) constraint's index
    private static final String DOCUMENT_OWNER = Sql.select(CustomerEntity.TABLE, DOCUMENT, CustomerEntity.ID_TYPE,
            CustomerEntity.ID_NUMBER);
    private static final String ALL_DOCUMENTS = Sql.select(CustomerEntity.TABLE, DOCUMENT);
    private static final List<String> CARD = List.of(CardEntity.CARD_NUMBER, CardEntity.CUSTOMER_ID);
    private static final String CARD_OWNER = Sql.select(CardEntity.TABLE, CARD, CardEntity.CARD_NUMBER);
    private static final String ALL_CARDS = Sql.select(CardEntity.TABLE, CARD);

    private ImportChecks() {
    }

    /** An identity document may belong to one customer only. */
    static void documents(Connection db, List<CustomerRow> rows, ImportErrors errors) throws SQLException {
        Map<String, CustomerRow> byDocument = new HashMap<>();
        rows.forEach(r -> byDocument.put(r.idType().name() + "|" + r.idNumber().trim().toUpperCase(Locale.ROOT), r));
        List<String[]> keys = byDocument.keySet().stream().map(k -> k.split("\\|", 2)).toList();
        Jdbc.lookUp(db, keys, DOCUMENT_OWNER, ALL_DOCUMENTS, rs -> {
            CustomerRow row = byDocument.get(rs.getString(2) + "|" + rs.getString(3));
            if (row != null && !row.id().equals(rs.getString(1))) {
                // ADMIN sees no customer data: the error says that the document is taken, not by whom
                errors.add("id_number", "this identity document is already another customer's", row.line());
            }
        });
    }

    /** A card belongs to one customer only. */
    static void cards(Connection db, List<CustomerRow> rows, ImportErrors errors) throws SQLException {
        Map<String, CustomerRow> byCard = new HashMap<>();
        rows.forEach(r -> r.cardNumbers().forEach(card -> byCard.put(card.trim(), r)));
        Jdbc.lookUp(db, byCard.keySet(), CARD_OWNER, ALL_CARDS, rs -> {
            CustomerRow row = byCard.get(rs.getString(1));
            if (row != null && !row.id().equals(rs.getString(2))) {
                errors.add("card_numbers", "card " + rs.getString(1) + " is already another customer's", row.line());
            }
        });
    }

    /** Whether the row's manager, if any, is one of the active customer managers; if not, the error is added. */
    static boolean manager(CustomerRow row, Set<String> managers, ImportErrors errors) {
        if (row.manager() == null || managers.contains(row.manager())) {
            return true;
        }
        errors.add("manager", "'" + row.manager() + "' is not an active customer manager", row.line());
        return false;
    }

    /** Every row's customer must exist. */
    static <R> void customersKnown(Connection db, List<R> rows, Function<R, String> customerId, ToIntFunction<R> line,
            ImportErrors errors) throws SQLException {
        Set<String> known = existingCustomers(db, rows.stream().map(customerId).distinct().toList());
        for (R row : rows) {
            if (!known.contains(customerId.apply(row))) {
                unknownCustomer(customerId.apply(row), line.applyAsInt(row), errors);
            }
        }
    }

    static void unknownCustomer(String id, int line, ImportErrors errors) {
        errors.add("customer_id", "unknown customer " + id, line);
    }

    /** Every customer number stored: a first load of holdings checks against all of them. */
    static Set<String> allCustomers(Connection db) throws SQLException {
        Set<String> known = new HashSet<>();
        Jdbc.scan(db, ALL_CUSTOMERS, rs -> known.add(rs.getString(1)));
        return known;
    }

    /** The customer numbers among these that exist. */
    private static Set<String> existingCustomers(Connection db, Collection<String> ids) throws SQLException {
        Set<String> found = new HashSet<>();
        Jdbc.lookUp(db, new HashSet<>(ids), CUSTOMER_BY_ID, ALL_CUSTOMERS, rs -> found.add(rs.getString(1)));
        return found;
    }
}
