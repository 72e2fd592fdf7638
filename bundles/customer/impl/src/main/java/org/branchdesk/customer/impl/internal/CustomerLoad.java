package org.branchdesk.customer.impl.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.branchdesk.customer.api.AssignmentReason;
import org.branchdesk.customer.api.CustomerInput;
import org.branchdesk.customer.api.ImportReport;
import org.branchdesk.customer.impl.internal.csv.CustomerRow;
import org.branchdesk.customer.impl.internal.jpa.AssignmentEntity;
import org.branchdesk.customer.impl.internal.jpa.CardEntity;
import org.branchdesk.customer.impl.internal.jpa.CustomerEntity;
import org.branchdesk.platform.persistence.RowLoader;

/**
 * Writes checked customer rows, their cards and the assignments of the file's managers: new rows
 * through the {@link RowLoader} in one statement, changed rows in JDBC batches, on the
 * transaction's connection.
 */
final class CustomerLoad {

    /** A new customer's columns, in the order of {@link #values}. */
    private static final List<String> COLUMNS = List.of(CustomerEntity.ID, CustomerEntity.NAME, CustomerEntity.ID_TYPE,
            CustomerEntity.ID_NUMBER, CustomerEntity.PHONE, CustomerEntity.BIRTH_DATE, CustomerEntity.EDUCATION,
            CustomerEntity.OCCUPATION, CustomerEntity.CARDS, CustomerEntity.OTHER_BANK_ASSETS, CustomerEntity.MANAGER,
            CustomerEntity.POTENTIAL_PREMIUM);
    private static final List<String> CARD_COLUMNS = List.of(CardEntity.CARD_NUMBER, CardEntity.CUSTOMER_ID);
    private static final List<String> STORED = List.of(CustomerEntity.ID, CustomerEntity.CARDS, CustomerEntity.MANAGER);
    private static final String STORED_BY_ID = Sql.select(CustomerEntity.TABLE, STORED, CustomerEntity.ID);
    private static final String ALL_STORED = Sql.select(CustomerEntity.TABLE, STORED);
    /** A changed customer's identity, in the order {@link #merge} sets it; the classification stays. */
    private static final String UPDATE = Sql.update(CustomerEntity.TABLE, List.of(CustomerEntity.NAME, CustomerEntity.ID_TYPE,
            CustomerEntity.ID_NUMBER, CustomerEntity.PHONE, CustomerEntity.BIRTH_DATE, CustomerEntity.EDUCATION,
            CustomerEntity.OCCUPATION, CustomerEntity.CARDS, CustomerEntity.OTHER_BANK_ASSETS, CustomerEntity.MANAGER),
            CustomerEntity.ID);
    private static final String DELETE_CARD = Sql.delete(CardEntity.TABLE, CardEntity.CARD_NUMBER, CardEntity.CUSTOMER_ID);

    /** The rule of an assignment the customers file made. */
    static final String IMPORT = "IMPORT";

    /** A stored customer as a later file meets them: the cards of their row and their manager. */
    record Stored(String cards, String manager) {
    }

    private final RowLoader rowLoader;
    private final AssignmentStore assignments;

    CustomerLoad(RowLoader rowLoader, AssignmentStore assignments) {
        this.rowLoader = rowLoader;
        this.assignments = assignments;
    }

    /** Whether no customer and no card is stored: a branch's first load. */
    static boolean isFirst(Connection db) throws SQLException {
        return Jdbc.isEmpty(db, CustomerEntity.TABLE) && Jdbc.isEmpty(db, CardEntity.TABLE);
    }

    /** The stored customers among the rows', each with their cards as listed in the customer's row and their manager. */
    static Map<String, Stored> stored(Connection db, List<CustomerRow> rows) throws SQLException {
        Map<String, Stored> existing = new HashMap<>();
        Jdbc.lookUp(db, new HashSet<>(rows.stream().map(CustomerRow::id).toList()), STORED_BY_ID, ALL_STORED,
                rs -> existing.put(rs.getString(1), new Stored(rs.getString(2), rs.getString(3))));
        return existing;
    }

    /**
     * Writes a checked file over what is stored: a stored customer's identity and cards are
     * replaced, the others are added. A manager in the file is an assignment (rule
     * {@value #IMPORT}: ALLOCATION for a first manager, HANDOVER for another one); an empty
     * manager cell keeps the stored one, as the file cannot take a customer's manager away.
     * Returns how many were added, and adds the changes of manager written to {@code moved}.
     *
     * @param existing what {@link #stored} found for these rows
     */
    int merge(Connection db, List<CustomerRow> rows, Map<String, Stored> existing, long now, String decidedBy,
            List<AssignmentStore.Move> moved) throws SQLException {
        List<CustomerEntity> added = new ArrayList<>();
        List<String> replacedCards = new ArrayList<>();
        try (PreparedStatement update = db.prepareStatement(UPDATE)) {
            int pending = 0;
            for (CustomerRow row : rows) {
                CustomerEntity e = entity(row);
                Stored stored = existing.get(row.id());
                if (stored == null) {
                    added.add(e);
                    if (e.manager != null) {
                        moved.add(new AssignmentStore.Move(e.id, e.manager, null, AssignmentReason.ALLOCATION, IMPORT));
                    }
                    continue;
                }
                if (e.manager == null) {
                    e.manager = stored.manager();
                } else if (!e.manager.equals(stored.manager())) {
                    moved.add(new AssignmentStore.Move(e.id, e.manager, stored.manager(),
                            stored.manager() == null ? AssignmentReason.ALLOCATION : AssignmentReason.HANDOVER, IMPORT));
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
                pending = Jdbc.addBatch(update, pending);
                replacedCards.add(row.id());
            }
            update.executeBatch();
        }
        rowLoader.insert(db, CustomerEntity.TABLE, COLUMNS, added.stream().map(CustomerLoad::values).iterator());
        try (PreparedStatement delete = db.prepareStatement(DELETE_CARD)) {
            int pending = 0;
            for (String id : replacedCards) {
                for (String former : Customers.cards(existing.get(id).cards())) {
                    delete.setString(1, former);
                    delete.setString(2, id);
                    pending = Jdbc.addBatch(delete, pending);
                }
            }
            delete.executeBatch();
        }
        rowLoader.insert(db, CardEntity.TABLE, CARD_COLUMNS, rows.stream()
                .flatMap(row -> row.cardNumbers().stream().map(number -> new Object[] { number, row.id() })).iterator());
        assignments.imported(db, moved, now, decidedBy);
        return added.size();
    }

    /**
     * A branch's first load, into empty tables: nothing stored can conflict, so the rows are
     * written as they come, in bulk, with the secondary indexes built after them
     * ({@link SecondaryIndexes}, dropped here). The caller writes the rows with
     * {@link FirstLoad#customers}, checks that the whole file was good, then
     * {@link FirstLoad#complete}s the load.
     */
    FirstLoad first(Connection db, long now, String decidedBy) throws SQLException {
        return new FirstLoad(db, now, decidedBy);
    }

    /** A first load under way. */
    final class FirstLoad {

        private final Connection db;
        private final long now;
        private final String decidedBy;
        private final SecondaryIndexes customerIndexes;
        private final SecondaryIndexes cardIndexes;
        private final SecondaryIndexes assignmentIndexes;
        private final List<Object[]> cards = new ArrayList<>();
        /** The customers with a manager in the file and that manager, side by side: their first assignments. */
        private final List<String> managed = new ArrayList<>();
        private final List<String> managers = new ArrayList<>();
        private final Map<String, String> sameManager = new HashMap<>();

        private FirstLoad(Connection db, long now, String decidedBy) throws SQLException {
            this.db = db;
            this.now = now;
            this.decidedBy = decidedBy;
            this.customerIndexes = SecondaryIndexes.dropForFirstLoad(db, CustomerEntity.class);
            this.cardIndexes = SecondaryIndexes.dropForFirstLoad(db, CardEntity.class);
            this.assignmentIndexes = SecondaryIndexes.dropForFirstLoad(db, AssignmentEntity.class);
        }

        /** Writes the rows that are {@code accepted} (a check that refuses one has recorded why); returns how many. */
        long customers(Iterator<CustomerRow> rows, Predicate<CustomerRow> accepted) throws SQLException {
            return rowLoader.insert(db, CustomerEntity.TABLE, COLUMNS, Accepted.values(rows, row -> {
                if (!accepted.test(row)) {
                    return null;
                }
                row.cardNumbers().forEach(number -> cards.add(new Object[] { number, row.id() }));
                CustomerEntity e = entity(row);
                if (e.manager != null) {
                    managed.add(e.id);
                    managers.add(sameManager.computeIfAbsent(e.manager, m -> m)); // a few managers for a million rows
                }
                return values(e);
            }));
        }

        /**
         * Writes the customers' cards and first assignments (ALLOCATION, rule {@value CustomerLoad#IMPORT}, in one
         * statement each) and builds the indexes (a duplicate fails a unique constraint, and the import).
         */
        void complete() throws SQLException {
            rowLoader.insert(db, CardEntity.TABLE, CARD_COLUMNS, cards.iterator());
            Iterator<AssignmentStore.Move> firsts = java.util.stream.IntStream.range(0, managed.size()).mapToObj(
                    i -> new AssignmentStore.Move(managed.get(i), managers.get(i), null, AssignmentReason.ALLOCATION, IMPORT)).iterator();
            assignments.insert(db, firsts, now, decidedBy, null);
            customerIndexes.rebuild(db);
            cardIndexes.rebuild(db);
            assignmentIndexes.rebuild(db);
        }
    }

    private static CustomerEntity entity(CustomerRow row) {
        CustomerEntity e = new CustomerEntity();
        e.id = row.id();
        Customers.copyIdentity(new CustomerInput(row.id(), row.name(), row.idType(), row.idNumber(), row.phone(), row.birthDate(),
                row.education(), row.occupation(), row.cardNumbers(), row.otherBankAssets(), row.manager()), e);
        return e;
    }

    /** A new customer's values, in the order of {@link #COLUMNS}. */
    private static Object[] values(CustomerEntity e) {
        return new Object[] { e.id, e.name, e.idType.name(), e.idNumber, e.phone, e.birthDate, e.education.name(), e.occupation, e.cards,
                e.otherBankAssets, e.manager, false };
    }
}
