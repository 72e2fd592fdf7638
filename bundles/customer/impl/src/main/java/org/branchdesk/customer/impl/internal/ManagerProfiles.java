package org.branchdesk.customer.impl.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.branchdesk.customer.api.ManagerLevel;
import org.branchdesk.customer.api.ManagerProfile;
import org.branchdesk.customer.api.Segment;
import org.branchdesk.customer.impl.internal.jpa.CustomerEntity;
import org.branchdesk.customer.impl.internal.jpa.ManagerProfileEntity;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.security.Role;
import org.branchdesk.platform.security.Staff;
import org.branchdesk.platform.security.StaffDirectory;

/**
 * Customer managers with their level, capacity and load: the active customer managers of the
 * staff directory and anyone else still holding customers (a disabled account whose customers
 * have not moved yet), the load counted by the database in one grouped query over the customers.
 * Runs in the caller's transaction.
 */
final class ManagerProfiles {

    /** Customers, premium customers and their assets per manager. */
    record Load(int customers, int premium, BigDecimal assets) {
        static final Load NONE = new Load(0, 0, BigDecimal.ZERO.setScale(2));
    }

    private static final String PREMIUM = Arrays.stream(Segment.values()).filter(Segment::premium).map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", "));
    private static final String LOADS = "SELECT " + CustomerEntity.MANAGER + ", COUNT(*), SUM(CASE WHEN " + CustomerEntity.SEGMENT
            + " IN (" + PREMIUM + ") THEN 1 ELSE 0 END), SUM(" + CustomerEntity.AVERAGE_ASSETS + ") FROM " + CustomerEntity.TABLE
            + " WHERE " + CustomerEntity.MANAGER + " IS NOT NULL GROUP BY " + CustomerEntity.MANAGER;
    private static final String LOAD_OF = "SELECT COUNT(*), SUM(CASE WHEN " + CustomerEntity.SEGMENT + " IN (" + PREMIUM
            + ") THEN 1 ELSE 0 END), SUM(" + CustomerEntity.AVERAGE_ASSETS + ") FROM " + CustomerEntity.TABLE + " WHERE "
            + CustomerEntity.MANAGER + " = ?";

    private final EntityManager em;
    private final StaffDirectory staff;
    private final ManagerLevel defaultLevel;
    private final int defaultCapacity;

    ManagerProfiles(EntityManager em, StaffDirectory staff, ManagerLevel defaultLevel, int defaultCapacity) {
        this.em = em;
        this.staff = staff;
        this.defaultLevel = defaultLevel;
        this.defaultCapacity = defaultCapacity;
    }

    /** Every customer manager, by username. */
    List<ManagerProfile> all(Connection db) throws SQLException {
        Map<String, Load> loads = loads(db);
        Map<String, ManagerProfileEntity> profiles = profiles();
        Map<String, Staff> managers = new TreeMap<>();
        staff.withRole(Role.CUSTOMER_MANAGER).forEach(s -> managers.put(s.username(), s));
        for (String holder : loads.keySet()) {
            if (!managers.containsKey(holder)) {
                managers.put(holder, staff.find(holder).orElse(null));
            }
        }
        return managers.entrySet().stream()
                .map(e -> profile(e.getKey(), e.getValue(), profiles.get(e.getKey()), loads.getOrDefault(e.getKey(), Load.NONE))).toList();
    }

    /** One customer manager's profile, empty for someone who is not one and holds no customers. */
    Optional<ManagerProfile> of(Connection db, String username) throws SQLException {
        Staff s = username == null ? null : staff.find(username).orElse(null);
        Load load = loadOf(db, username);
        if ((s == null || !s.roles().contains(Role.CUSTOMER_MANAGER)) && load.customers() == 0) {
            return Optional.empty();
        }
        return Optional.of(profile(username, s, em.find(ManagerProfileEntity.class, username), load));
    }

    /** The managers' current number of customers, premium ones and assets, in one grouped query. */
    static Map<String, Load> loads(Connection db) throws SQLException {
        Map<String, Load> loads = new HashMap<>();
        Jdbc.scan(db, LOADS, rs -> loads.put(rs.getString(1), new Load(rs.getInt(2), rs.getInt(3), assets(rs.getBigDecimal(4)))));
        return loads;
    }

    Map<String, ManagerProfileEntity> profiles() {
        return em.createQuery("SELECT p FROM ManagerProfileEntity p", ManagerProfileEntity.class).getResultList().stream()
                .collect(Collectors.toMap(p -> p.username, p -> p));
    }

    ManagerLevel levelOf(ManagerProfileEntity p) {
        return p == null ? defaultLevel : p.level;
    }

    int capacityOf(ManagerProfileEntity p) {
        return p == null ? defaultCapacity : p.capacity;
    }

    private static Load loadOf(Connection db, String username) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(LOAD_OF)) {
            q.setString(1, username);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return new Load(rs.getInt(1), rs.getInt(2), assets(rs.getBigDecimal(3)));
            }
        }
    }

    private ManagerProfile profile(String username, Staff s, ManagerProfileEntity p, Load load) {
        return new ManagerProfile(username, s == null ? username : s.displayName(), s != null && s.active(), levelOf(p), capacityOf(p),
                load.customers(), load.premium(), load.assets());
    }

    private static BigDecimal assets(BigDecimal sum) {
        return sum == null ? BigDecimal.ZERO.setScale(2) : sum.setScale(2);
    }

    /** Refuses, naming {@code field}, a username that is not an active customer manager's. */
    static void requireActive(StaffDirectory staff, String field, String username) {
        if (staff.find(username).filter(a -> a.active() && a.roles().contains(Role.CUSTOMER_MANAGER)).isEmpty()) {
            throw new InvalidInputException(field, "'" + username + "' is not an active customer manager");
        }
    }
}
