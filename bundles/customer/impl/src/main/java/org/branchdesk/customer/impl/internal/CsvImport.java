package org.branchdesk.customer.impl.internal;

import java.io.Reader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.branchdesk.customer.api.CustomerInput;
import org.branchdesk.customer.api.ImportReport;
import org.branchdesk.customer.impl.internal.csv.BalanceRow;
import org.branchdesk.customer.impl.internal.csv.CsvFiles;
import org.branchdesk.customer.impl.internal.csv.CustomerRow;
import org.branchdesk.customer.impl.internal.csv.HoldingRow;
import org.branchdesk.customer.impl.internal.jpa.BalanceDayEntity;
import org.branchdesk.customer.impl.internal.jpa.CardEntity;
import org.branchdesk.customer.impl.internal.jpa.CustomerEntity;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.branchdesk.platform.persistence.RowLoader;
import org.branchdesk.platform.security.Role;
import org.branchdesk.platform.security.Staff;
import org.branchdesk.platform.security.StaffDirectory;
import org.osgi.service.transaction.control.TransactionControl;

/**
 * Imports the three CSV files. Each file is written in one transaction: a file imports
 * completely or not at all. A later file is checked whole (its own rows, then against the
 * database) before anything is written; a branch's first load into empty tables is written as
 * it is read and checked, and rolled back if the file turns out bad.
 * <p>
 * Files from the core banking system have a row per customer, up to millions: they are written
 * on the transaction's own connection (the entities' tables and columns), not entity by entity:
 * new rows through the {@link RowLoader} in one statement, changed rows in JDBC batches. Balances are kept one packed row per day ({@link BalanceDayEntity}).
 */
final class CsvImport {

    private static final int BATCH = 1000;
    /** Above this many ids, reading every customer number once beats asking in chunks. */
    private static final int SCAN_ALL_ABOVE = 50_000;
    private static final int MAX_ERRORS = 100;

    private static final List<String> CUSTOMER_COLUMNS = List.of("ID", "NAME", "ID_TYPE", "ID_NUMBER", "PHONE", "BIRTH_DATE", "EDUCATION",
            "OCCUPATION", "CARDS", "OTHER_BANK_ASSETS", "MANAGER", "POTENTIAL_PREMIUM");
    private static final List<String> HOLDING_COLUMNS = List.of("CUSTOMER_ID", "CATEGORY", "AMOUNT");
    private static final List<String> CARD_COLUMNS = List.of("CARD_NUMBER", "CUSTOMER_ID");

    private final TransactionControl tx;
    private final EntityManager em;
    private final StaffDirectory staff;
    private final RowLoader rowLoader;

    CsvImport(TransactionControl tx, EntityManager em, StaffDirectory staff, RowLoader rowLoader) {
        this.tx = tx;
        this.em = em;
        this.staff = staff;
        this.rowLoader = rowLoader;
    }

    ImportReport customers(Reader csv) {
        Set<String> managers = staff.withRole(Role.CUSTOMER_MANAGER).stream().map(Staff::username).collect(Collectors.toSet());
        return tx.required(() -> {
            Connection db = connection();
            if (isEmpty(db, "BD_CUSTOMER") && isEmpty(db, "BD_CARD")) {
                return firstCustomers(db, csv, managers);
            }
            List<CustomerRow> rows = CsvFiles.customers(csv);
            List<FieldError> errors = new ArrayList<>();
            Map<String, String> existing = new HashMap<>(); // stored customer -> their cards, as listed in BD_CUSTOMER.CARDS
            lookUp(db, new HashSet<>(rows.stream().map(CustomerRow::id).toList()), "SELECT ID, CARDS FROM BD_CUSTOMER WHERE ID = ?",
                    "SELECT ID, CARDS FROM BD_CUSTOMER", rs -> existing.put(rs.getString(1), rs.getString(2)));
            checkDocuments(db, rows, errors);
            checkCards(db, rows, errors);
            rows.forEach(row -> checkManager(row, managers, errors));
            failIf(errors);

            List<CustomerEntity> added = new ArrayList<>();
            List<String> replacedCards = new ArrayList<>();
            try (PreparedStatement update = db.prepareStatement("UPDATE BD_CUSTOMER SET NAME = ?, ID_TYPE = ?, ID_NUMBER = ?, PHONE = ?,"
                    + " BIRTH_DATE = ?, EDUCATION = ?, OCCUPATION = ?, CARDS = ?, OTHER_BANK_ASSETS = ?, MANAGER = ? WHERE ID = ?")) {
                int updates = 0;
                for (CustomerRow row : rows) {
                    CustomerEntity e = entity(row);
                    if (!existing.containsKey(row.id())) {
                        added.add(e);
                        continue;
                    }
                    update.setString(1, e.name);
                    update.setString(2, e.idType.name());
                    update.setString(3, e.idNumber);
                    update.setString(4, e.phone);
                    update.setDate(5, e.birthDate == null ? null : Date.valueOf(e.birthDate));
                    update.setString(6, e.education.name());
                    update.setString(7, e.occupation);
                    update.setString(8, e.cards);
                    update.setBigDecimal(9, e.otherBankAssets);
                    update.setString(10, e.manager);
                    update.setString(11, e.id);
                    update.addBatch();
                    replacedCards.add(row.id());
                    updates = flushEvery(update, updates + 1);
                }
                update.executeBatch();
            }
            rowLoader.insert(db, "BD_CUSTOMER", CUSTOMER_COLUMNS, added.stream().map(CsvImport::values).iterator());
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM BD_CARD WHERE CARD_NUMBER = ? AND CUSTOMER_ID = ?")) {
                int n = 0;
                for (String id : replacedCards) {
                    for (String former : Customers.cards(existing.get(id))) {
                        delete.setString(1, former);
                        delete.setString(2, id);
                        delete.addBatch();
                        n = flushEvery(delete, n + 1);
                    }
                }
                delete.executeBatch();
            }
            rowLoader.insert(db, "BD_CARD", CARD_COLUMNS, rows.stream()
                    .flatMap(row -> row.cardNumbers().stream().map(number -> new Object[] { number, row.id() })).iterator());
            return new ImportReport("customers", rows.size(), added.size(), rows.size() - added.size());
        });
    }

    /**
     * A branch's first load, into empty tables: nothing stored can conflict, so the rows are
     * written as the file is read and checked on a second thread ({@link ReadAhead}), in bulk
     * ({@link RowLoader}), with the secondary indexes built after them ({@link SecondaryIndexes}).
     * A bad file rolls the whole load back.
     */
    private ImportReport firstCustomers(Connection db, Reader csv, Set<String> managers) throws SQLException {
        SecondaryIndexes customerIndexes = SecondaryIndexes.dropForFirstLoad(db, CustomerEntity.class);
        SecondaryIndexes cardIndexes = SecondaryIndexes.dropForFirstLoad(db, CardEntity.class);
        List<FieldError> errors = new ArrayList<>();
        List<Object[]> cards = new ArrayList<>();
        long added;
        try (ReadAhead<CustomerRow> rows = new ReadAhead<>("branchdesk-import-customers", each -> CsvFiles.customers(csv, each))) {
            added = rowLoader.insert(db, "BD_CUSTOMER", CUSTOMER_COLUMNS, checked(rows, row -> {
                if (!checkManager(row, managers, errors)) {
                    return null;
                }
                row.cardNumbers().forEach(number -> cards.add(new Object[] { number, row.id() }));
                return values(entity(row));
            }));
            rows.finish();
        }
        failIf(errors);
        rowLoader.insert(db, "BD_CARD", CARD_COLUMNS, cards.iterator());
        customerIndexes.rebuild(db);
        cardIndexes.rebuild(db);
        return new ImportReport("customers", (int) added, (int) added, 0);
    }

    private static CustomerEntity entity(CustomerRow row) {
        CustomerEntity e = new CustomerEntity();
        e.id = row.id();
        Customers.copyIdentity(new CustomerInput(row.id(), row.name(), row.idType(), row.idNumber(), row.phone(), row.birthDate(),
                row.education(), row.occupation(), row.cardNumbers(), row.otherBankAssets(), row.manager()), e);
        return e;
    }

    /** A new customer's values, in the order of {@link #CUSTOMER_COLUMNS}. */
    private static Object[] values(CustomerEntity e) {
        return new Object[] { e.id, e.name, e.idType.name(), e.idNumber, e.phone, e.birthDate, e.education.name(), e.occupation, e.cards,
                e.otherBankAssets, e.manager, false };
    }

    /** A customer's holding per category: a row of the file replaces the amount, or adds the category. */
    ImportReport holdings(Reader csv) {
        return tx.required(() -> {
            Connection db = connection();
            if (isEmpty(db, "BD_HOLDING")) {
                return firstHoldings(db, csv);
            }
            List<HoldingRow> rows = CsvFiles.holdings(csv);
            requireCustomers(db, rows, HoldingRow::customerId, HoldingRow::line);
            Set<String> held = new HashSet<>();
            lookUp(db, rows.stream().map(HoldingRow::customerId).distinct().toList(),
                    "SELECT CUSTOMER_ID, CATEGORY FROM BD_HOLDING WHERE CUSTOMER_ID = ?", "SELECT CUSTOMER_ID, CATEGORY FROM BD_HOLDING",
                    rs -> held.add(rs.getString(1) + "|" + rs.getString(2)));
            List<HoldingRow> added = updateHeld(db, rows, held);
            rowLoader.insert(db, "BD_HOLDING", HOLDING_COLUMNS, added.stream().map(CsvImport::values).iterator());
            return new ImportReport("holdings", rows.size(), added.size(), rows.size() - added.size());
        });
    }

    /** Into an empty table every row is new (the file has no duplicate customer and category): written as read, see {@link #firstCustomers}. */
    private ImportReport firstHoldings(Connection db, Reader csv) throws SQLException {
        List<FieldError> errors = new ArrayList<>();
        try (ReadAhead<HoldingRow> rows = new ReadAhead<>("branchdesk-import-holdings", each -> CsvFiles.holdings(csv, each))) {
            Set<String> known = new HashSet<>();
            try (PreparedStatement all = db.prepareStatement("SELECT ID FROM BD_CUSTOMER"); ResultSet rs = all.executeQuery()) {
                while (rs.next()) {
                    known.add(rs.getString(1));
                }
            }
            long added = rowLoader.insert(db, "BD_HOLDING", HOLDING_COLUMNS, checked(rows, row -> {
                if (known.contains(row.customerId())) {
                    return values(row);
                }
                unknownCustomer(row.customerId(), row.line(), errors);
                return null;
            }));
            rows.finish();
            failIf(errors);
            return new ImportReport("holdings", (int) added, (int) added, 0);
        }
    }

    private static Object[] values(HoldingRow row) {
        return new Object[] { row.customerId(), row.category().name(), row.amount() };
    }

    /** The values of the rows to write: a row that fails a check (null values) is left out; its error fails the import after. */
    private static <T> Iterator<Object[]> checked(Iterator<T> rows, Function<T, Object[]> values) {
        return new Iterator<>() {
            private Object[] next;

            @Override
            public boolean hasNext() {
                while (next == null && rows.hasNext()) {
                    next = values.apply(rows.next());
                }
                return next != null;
            }

            @Override
            public Object[] next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Object[] row = next;
                next = null;
                return row;
            }
        };
    }

    /** Updates the amounts of the holdings already stored and returns the rows that are new. */
    private static List<HoldingRow> updateHeld(Connection db, List<HoldingRow> rows, Set<String> held) throws SQLException {
        List<HoldingRow> added = new ArrayList<>();
        try (PreparedStatement update = db.prepareStatement("UPDATE BD_HOLDING SET AMOUNT = ? WHERE CUSTOMER_ID = ? AND CATEGORY = ?")) {
            int updates = 0;
            for (HoldingRow row : rows) {
                if (!held.contains(row.customerId() + "|" + row.category().name())) {
                    added.add(row);
                    continue;
                }
                update.setBigDecimal(1, row.amount());
                update.setString(2, row.customerId());
                update.setString(3, row.category().name());
                update.addBatch();
                updates = flushEvery(update, updates + 1);
            }
            update.executeBatch();
        }
        return added;
    }

    /**
     * Each day of the file is merged into that day's packed row: a customer's balance of the day
     * is replaced, or added. Whatever the file's size, a day is one read and one write.
     */
    ImportReport balances(Reader csv) {
        List<BalanceRow> rows = CsvFiles.balances(csv);
        return tx.required(() -> {
            requireCustomers(connection(), rows, BalanceRow::customerId, BalanceRow::line);
            Map<LocalDate, List<BalanceRow>> byDay = new TreeMap<>();
            rows.forEach(r -> byDay.computeIfAbsent(r.date(), d -> new ArrayList<>()).add(r));
            int created = 0;
            for (Map.Entry<LocalDate, List<BalanceRow>> day : byDay.entrySet()) {
                BalanceDayEntity stored = em.find(BalanceDayEntity.class, day.getKey());
                TreeMap<String, Long> fen = stored == null ? new TreeMap<>() : BalanceDays.unpack(stored.data).toMap();
                for (BalanceRow row : day.getValue()) {
                    if (fen.put(row.customerId(), toFen(row.balance())) == null) {
                        created++;
                    }
                }
                if (stored == null) {
                    stored = new BalanceDayEntity();
                    stored.day = day.getKey();
                    em.persist(stored);
                }
                stored.customers = fen.size();
                stored.data = BalanceDays.pack(fen);
                em.flush();
                em.detach(stored); // a day of a million customers is a few MB: do not keep it
            }
            return new ImportReport("balances", rows.size(), created, rows.size() - created);
        });
    }

    static long toFen(BigDecimal cny) {
        return cny.movePointRight(2).longValueExact(); // the file has at most 2 decimals (CsvFiles checks)
    }

    /** The transaction's own JDBC connection, so that JDBC and JPA work commit or roll back together. */
    private Connection connection() {
        Connection c = em.unwrap(Connection.class);
        if (c == null) {
            throw new IllegalStateException("no JDBC connection in this transaction");
        }
        return c;
    }

    private static int flushEvery(PreparedStatement s, int pending) throws SQLException {
        if (pending >= BATCH) {
            s.executeBatch();
            return 0;
        }
        return pending;
    }

    /** Whether the table has no row: a first load, into which nothing stored can conflict. */
    static boolean isEmpty(Connection db, String table) throws SQLException {
        try (PreparedStatement any = db.prepareStatement("SELECT 1 FROM " + table + " FETCH FIRST 1 ROWS ONLY");
                ResultSet rs = any.executeQuery()) {
            return !rs.next();
        }
    }

    /** The customer numbers among these that exist. */
    static Set<String> existingCustomers(Connection db, Collection<String> ids) throws SQLException {
        Set<String> found = new HashSet<>();
        lookUp(db, new HashSet<>(ids), "SELECT ID FROM BD_CUSTOMER WHERE ID = ?", "SELECT ID FROM BD_CUSTOMER",
                rs -> found.add(rs.getString(1)));
        return found;
    }

    /**
     * Reads the rows matching these keys: one indexed probe per key for a few thousand keys,
     * one pass over the table for more. (Derby's optimiser turns a long {@code IN} list into a
     * table scan per query, which made large imports quadratic.) A scan may call back with rows
     * of other keys: callers look up what they need.
     */
    static void lookUp(Connection db, Collection<?> keys, String probeSql, String scanSql, Row row) throws SQLException {
        if (keys.size() > SCAN_ALL_ABOVE) {
            try (PreparedStatement all = db.prepareStatement(scanSql); ResultSet rs = all.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
            return;
        }
        try (PreparedStatement probe = db.prepareStatement(probeSql)) {
            for (Object key : keys) {
                if (key instanceof String[] parts) {
                    for (int i = 0; i < parts.length; i++) {
                        probe.setString(i + 1, parts[i]);
                    }
                } else {
                    probe.setString(1, (String) key);
                }
                try (ResultSet rs = probe.executeQuery()) {
                    while (rs.next()) {
                        row.read(rs);
                    }
                }
            }
        }
    }

    @FunctionalInterface
    interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    /** An identity document may belong to one customer only. */
    private static void checkDocuments(Connection db, List<CustomerRow> rows, List<FieldError> errors) throws SQLException {
        Map<String, CustomerRow> byDocument = new HashMap<>();
        rows.forEach(r -> byDocument.put(r.idType().name() + "|" + r.idNumber().trim().toUpperCase(java.util.Locale.ROOT), r));
        List<String[]> keys = byDocument.keySet().stream().map(k -> k.split("\\|", 2)).toList();
        // the probe uses the unique (type, number) constraint's index
        lookUp(db, keys, "SELECT ID, ID_TYPE, ID_NUMBER FROM BD_CUSTOMER WHERE ID_TYPE = ? AND ID_NUMBER = ?",
                "SELECT ID, ID_TYPE, ID_NUMBER FROM BD_CUSTOMER", rs -> {
                    CustomerRow row = byDocument.get(rs.getString(2) + "|" + rs.getString(3));
                    if (row != null && !row.id().equals(rs.getString(1)) && errors.size() < MAX_ERRORS) {
                        // ADMIN sees no customer data: the error says that the document is taken, not by whom
                        errors.add(new FieldError("id_number", "this identity document is already another customer's",
                                row.line()));
                    }
                });
    }

    /** A card belongs to one customer only. */
    private static void checkCards(Connection db, List<CustomerRow> rows, List<FieldError> errors) throws SQLException {
        Map<String, CustomerRow> byCard = new HashMap<>();
        rows.forEach(r -> r.cardNumbers().forEach(card -> byCard.put(card.trim(), r)));
        lookUp(db, byCard.keySet(), "SELECT CARD_NUMBER, CUSTOMER_ID FROM BD_CARD WHERE CARD_NUMBER = ?",
                "SELECT CARD_NUMBER, CUSTOMER_ID FROM BD_CARD", rs -> {
                    CustomerRow row = byCard.get(rs.getString(1));
                    if (row != null && !row.id().equals(rs.getString(2)) && errors.size() < MAX_ERRORS) {
                        errors.add(new FieldError("card_numbers", "card " + rs.getString(1) + " is already another customer's",
                                row.line()));
                    }
                });
    }

    /** Whether the row's manager, if any, is an active customer manager; if not, the error is added. */
    private static boolean checkManager(CustomerRow row, Set<String> managers, List<FieldError> errors) {
        if (row.manager() == null || managers.contains(row.manager())) {
            return true;
        }
        if (errors.size() < MAX_ERRORS) {
            errors.add(new FieldError("manager", "'" + row.manager() + "' is not an active customer manager", row.line()));
        }
        return false;
    }

    private static <R> void requireCustomers(Connection db, List<R> rows, Function<R, String> customerId, Function<R, Integer> line)
            throws SQLException {
        Set<String> known = existingCustomers(db, rows.stream().map(customerId).distinct().toList());
        List<FieldError> errors = new ArrayList<>();
        for (R row : rows) {
            if (!known.contains(customerId.apply(row))) {
                unknownCustomer(customerId.apply(row), line.apply(row), errors);
            }
        }
        failIf(errors);
    }

    private static void unknownCustomer(String id, int line, List<FieldError> errors) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(new FieldError("customer_id", "unknown customer " + id, line));
        }
    }

    private static void failIf(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            errors.sort((a, b) -> Integer.compare(a.line() == null ? 0 : a.line(), b.line() == null ? 0 : b.line()));
            throw new InvalidInputException(errors.subList(0, Math.min(errors.size(), MAX_ERRORS)));
        }
    }
}
