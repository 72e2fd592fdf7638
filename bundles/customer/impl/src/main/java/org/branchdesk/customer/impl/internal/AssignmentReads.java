package org.branchdesk.customer.impl.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.branchdesk.customer.api.AllocationRun;
import org.branchdesk.customer.api.Assignment;
import org.branchdesk.customer.api.BookEntry;
import org.branchdesk.customer.api.Segment;
import org.branchdesk.customer.api.UnassignedCustomer;
import org.branchdesk.customer.impl.internal.jpa.AllocationRunEntity;
import org.branchdesk.customer.impl.internal.jpa.AssignmentEntity;
import org.branchdesk.customer.impl.internal.jpa.CustomerEntity;
import org.branchdesk.customer.impl.internal.jpa.SegmentChangeEntity;

/** Reading assignments, books, runs and the report of premium customers without a manager, in the caller's transaction. */
final class AssignmentReads {

    static final String PREMIUM_SQL = Arrays.stream(Segment.values()).filter(Segment::premium).map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", "));
    /** A manager's customers with when their open assignment began (a customer given before assignments were kept has none). */
    private static final String BOOK = "SELECT c." + CustomerEntity.ID + ", c." + CustomerEntity.NAME + ", c." + CustomerEntity.SEGMENT
            + ", c." + CustomerEntity.AVERAGE_ASSETS + ", c." + CustomerEntity.BIRTH_DATE + ", a." + AssignmentEntity.FROM_MILLIS
            + " FROM " + CustomerEntity.TABLE + " c LEFT JOIN " + AssignmentEntity.TABLE + " a ON a." + AssignmentEntity.OPEN_CUSTOMER
            + " = c." + CustomerEntity.ID + " WHERE c." + CustomerEntity.MANAGER + " = ? ORDER BY c." + CustomerEntity.ID;
    /** One customer's book entry, with their manager (last column). */
    private static final String ENTRY = "SELECT c." + CustomerEntity.ID + ", c." + CustomerEntity.NAME + ", c." + CustomerEntity.SEGMENT
            + ", c." + CustomerEntity.AVERAGE_ASSETS + ", c." + CustomerEntity.BIRTH_DATE + ", a." + AssignmentEntity.FROM_MILLIS
            + ", c." + CustomerEntity.MANAGER + " FROM " + CustomerEntity.TABLE + " c LEFT JOIN " + AssignmentEntity.TABLE + " a ON a."
            + AssignmentEntity.OPEN_CUSTOMER + " = c." + CustomerEntity.ID + " WHERE c." + CustomerEntity.ID + " = ?";
    /** When one customer last became premium. */
    private static final String PREMIUM_SINCE_OF = "SELECT MAX(s." + SegmentChangeEntity.AT_MILLIS + ") FROM " + SegmentChangeEntity.TABLE
            + " s WHERE s." + SegmentChangeEntity.CUSTOMER_ID + " = ? AND s." + SegmentChangeEntity.TO_SEGMENT + " IN (" + PREMIUM_SQL
            + ") AND (s." + SegmentChangeEntity.FROM_SEGMENT + " IS NULL OR s." + SegmentChangeEntity.FROM_SEGMENT + " NOT IN ("
            + PREMIUM_SQL + "))";
    /** When each of a manager's customers last became premium: a segment change from outside the premium segments into them. */
    private static final String PREMIUM_SINCE = "SELECT s." + SegmentChangeEntity.CUSTOMER_ID + ", MAX(s." + SegmentChangeEntity.AT_MILLIS
            + ") FROM " + SegmentChangeEntity.TABLE + " s JOIN " + CustomerEntity.TABLE + " c ON c." + CustomerEntity.ID + " = s."
            + SegmentChangeEntity.CUSTOMER_ID + " WHERE c." + CustomerEntity.MANAGER + " = ? AND s." + SegmentChangeEntity.TO_SEGMENT
            + " IN (" + PREMIUM_SQL + ") AND (s." + SegmentChangeEntity.FROM_SEGMENT + " IS NULL OR s." + SegmentChangeEntity.FROM_SEGMENT
            + " NOT IN (" + PREMIUM_SQL + ")) GROUP BY s." + SegmentChangeEntity.CUSTOMER_ID;
    private static final String UNASSIGNED = "SELECT " + CustomerEntity.ID + ", " + CustomerEntity.NAME + ", " + CustomerEntity.SEGMENT
            + ", " + CustomerEntity.AVERAGE_ASSETS + " FROM " + CustomerEntity.TABLE + " WHERE " + CustomerEntity.MANAGER + " IS NULL AND "
            + CustomerEntity.SEGMENT + " IN (" + PREMIUM_SQL + ") ORDER BY " + CustomerEntity.AVERAGE_ASSETS + " DESC, " + CustomerEntity.ID;

    private final EntityManager em;
    private final ZoneId zone = ZoneId.systemDefault();

    AssignmentReads(EntityManager em) {
        this.em = em;
    }

    List<Assignment> history(String customerId) {
        return em.createQuery("SELECT a FROM AssignmentEntity a WHERE a.customerId = :c ORDER BY a.id DESC", AssignmentEntity.class)
                .setParameter("c", customerId).getResultList().stream().map(AssignmentStore::toRecord).toList();
    }

    List<Assignment> changesAfter(long after, int limit) {
        return em.createQuery("SELECT a FROM AssignmentEntity a WHERE a.id > :after AND a.previousManager IS NOT NULL ORDER BY a.id",
                AssignmentEntity.class).setParameter("after", after).setMaxResults(limit).getResultList().stream()
                .map(AssignmentStore::toRecord).toList();
    }

    List<Assignment> ofRun(long runId, int offset, int limit) {
        return em.createQuery("SELECT a FROM AssignmentEntity a WHERE a.runId = :r ORDER BY a.customerId", AssignmentEntity.class)
                .setParameter("r", runId).setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(AssignmentStore::toRecord).toList();
    }

    /** A customer's manager and book entry; null for an unknown customer or one without a manager. */
    Owned entry(Connection db, String customerId) throws SQLException {
        String manager;
        BookEntry entry;
        try (PreparedStatement q = db.prepareStatement(ENTRY)) {
            q.setString(1, customerId);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next() || rs.getString(7) == null) {
                    return null;
                }
                Date birth = rs.getDate(5);
                long since = rs.getLong(6);
                Instant managerSince = rs.wasNull() ? null : Instant.ofEpochMilli(since);
                manager = rs.getString(7);
                entry = new BookEntry(rs.getString(1), rs.getString(2), segment(rs.getString(3)), rs.getBigDecimal(4),
                        birth == null ? null : birth.toLocalDate(), managerSince, null);
            }
        }
        try (PreparedStatement q = db.prepareStatement(PREMIUM_SINCE_OF)) {
            q.setString(1, customerId);
            try (ResultSet rs = q.executeQuery()) {
                long at = rs.next() ? rs.getLong(1) : 0;
                if (at != 0 && !rs.wasNull()) {
                    entry = new BookEntry(entry.customerId(), entry.name(), entry.segment(), entry.averageAssets(), entry.birthDate(),
                            entry.managerSince(), Instant.ofEpochMilli(at).atZone(zone).toLocalDate());
                }
            }
        }
        return new Owned(manager, entry);
    }

    /** A book entry and whose book it is in. */
    record Owned(String manager, BookEntry entry) {
    }

    List<BookEntry> book(Connection db, String manager) throws SQLException {
        Map<String, LocalDate> premiumSince = new HashMap<>();
        try (PreparedStatement q = db.prepareStatement(PREMIUM_SINCE)) {
            q.setString(1, manager);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    premiumSince.put(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)).atZone(zone).toLocalDate());
                }
            }
        }
        List<BookEntry> book = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement(BOOK)) {
            q.setString(1, manager);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    Date birth = rs.getDate(5);
                    long since = rs.getLong(6);
                    Instant managerSince = rs.wasNull() ? null : Instant.ofEpochMilli(since);
                    book.add(new BookEntry(rs.getString(1), rs.getString(2), segment(rs.getString(3)), rs.getBigDecimal(4),
                            birth == null ? null : birth.toLocalDate(), managerSince,
                            premiumSince.get(rs.getString(1))));
                }
            }
        }
        return book;
    }

    List<UnassignedCustomer> unassigned(Connection db, int limit) throws SQLException {
        List<UnassignedCustomer> list = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement(UNASSIGNED + " FETCH FIRST " + limit + " ROWS ONLY")) {
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    list.add(new UnassignedCustomer(rs.getString(1), rs.getString(2), segment(rs.getString(3)), rs.getBigDecimal(4)));
                }
            }
        }
        return list;
    }

    List<AllocationRun> runs(int limit) {
        return em.createQuery("SELECT r FROM AllocationRunEntity r ORDER BY r.id DESC", AllocationRunEntity.class).setMaxResults(limit)
                .getResultList().stream().map(AssignmentReads::toRecord).toList();
    }

    static AllocationRun toRecord(AllocationRunEntity r) {
        return new AllocationRun(r.id, Instant.ofEpochMilli(r.atMillis), r.trigger, r.startedBy, r.allocated, r.unassigned,
                counts(r.byManager), counts(r.byRule));
    }

    /** "a=1,b=2" as a map in that order. */
    static Map<String, Integer> counts(String joined) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Arrays.stream(joined.split(",")).filter(s -> !s.isEmpty()).map(s -> s.split("=", 2))
                .forEach(kv -> counts.put(kv[0], Integer.parseInt(kv[1])));
        return counts;
    }

    static String joined(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }

    private static Segment segment(String s) {
        return s == null ? null : Segment.valueOf(s);
    }
}
