package org.branchdesk.platform.core.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.branchdesk.platform.api.ConflictException;
import org.branchdesk.platform.api.NotFoundException;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.branchdesk.platform.security.Staff;
import org.branchdesk.platform.security.StaffDeparture;
import org.osgi.service.transaction.control.TransactionControl;

/**
 * Accounts created, and an administrator's changes to existing ones: roles, disabling and
 * enabling, password resets. Each one is checked before anything is written, revokes the account's tokens at once
 * and is audited; a refused change writes and records nothing. The last active administrator can
 * be neither disabled nor demoted: the active administrators' rows are locked first, so two
 * administrators demoting each other at once cannot both succeed, on any number of runtimes.
 */
final class StaffChanges {

    private static final Set<Role> ADMINS = Set.of(Role.ADMIN);

    static final String ROLES = "STAFF_ROLES";
    static final String DISABLE = "STAFF_DISABLE";
    static final String ENABLE = "STAFF_ENABLE";
    static final String RESET = "PASSWORD_RESET";

    private final TransactionControl tx;
    private final EntityManager em;
    private final Passwords passwords;
    private final Sessions sessions;
    private final AuditLog audit;
    private final int minPasswordLength;
    private final Supplier<List<StaffDeparture>> departures;
    private final Clock clock = Clock.systemUTC();

    StaffChanges(TransactionControl tx, EntityManager em, Passwords passwords, Sessions sessions, AuditLog audit,
            int minPasswordLength, Supplier<List<StaffDeparture>> departures) {
        this.tx = tx;
        this.em = em;
        this.passwords = passwords;
        this.sessions = sessions;
        this.audit = audit;
        this.minPasswordLength = minPasswordLength;
        this.departures = departures;
    }

    /** Creates an account, audited as {@link JpaStaff#CREATE} with the actor; a username taken is a conflict. */
    Staff create(Caller actor, String username, String password, String displayName, Set<Role> roles) {
        StaffRules.check(username, password, displayName, roles, minPasswordLength);
        String hash = passwords.hash(password);
        return tx.required(() -> {
            if (em.find(StaffEntity.class, username) != null) {
                throw new ConflictException("username", "the username " + username + " is taken");
            }
            StaffEntity e = new StaffEntity();
            e.username = username;
            e.displayName = displayName.trim();
            e.roles = JpaStaff.joined(roles);
            e.passwordHash = hash;
            e.active = true;
            e.createdAt = clock.millis();
            e.mustChangePassword = false;
            em.persist(e);
            em.flush(); // a lost race for the username fails here, before it is recorded
            audit.record(actor, null, JpaStaff.CREATE, username + " (" + e.displayName + ") with roles " + JpaStaff.roles(e.roles));
            return JpaStaff.toStaff(e);
        });
    }

    Staff setRoles(Caller actor, String username, Set<Role> roles) {
        requireAdmin(actor);
        StaffRules.checkRoles(roles);
        Set<Role> wanted = EnumSet.copyOf(roles);
        return tx.required(() -> {
            List<StaffEntity> admins = lockActiveAdmins();
            StaffEntity e = lock(username);
            Set<Role> before = JpaStaff.roles(e.roles);
            if (before.equals(wanted)) {
                return JpaStaff.toStaff(e); // nothing changes: nothing to revoke or record
            }
            if (!wanted.contains(Role.ADMIN)) {
                requireAnotherAdmin(admins, e, "roles", "demoted");
            }
            e.roles = JpaStaff.joined(wanted);
            changed(actor, e, ROLES, username + ": roles " + before + " -> " + wanted);
            return JpaStaff.toStaff(e);
        });
    }

    /**
     * Disables the account. Every {@link StaffDeparture} is asked first, highest
     * {@code service.ranking} first, inside this transaction: what the account holds elsewhere
     * moves as {@code successor} says, and one that refuses (or fails) refuses the disabling, and
     * nothing of it or of the departures before it is written. What moved is in the audit entry.
     *
     * @param successor what the request named for what the account holds: a username,
     *                  {@link StaffDeparture#BY_RULES}, or null
     */
    JpaStaff.Disabled disable(Caller actor, String username, String successor) {
        requireAdmin(actor);
        List<StaffDeparture> asked = new ArrayList<>(departures.get() == null ? List.of() : departures.get());
        Collections.reverse(asked); // the references come lowest ranking first
        return tx.required(() -> {
            List<StaffEntity> admins = lockActiveAdmins();
            StaffEntity e = lock(username);
            if (!e.active) {
                throw new ConflictException("active", "the account " + username + " is already disabled");
            }
            requireAnotherAdmin(admins, e, "active", "disabled");
            List<String> moved = new ArrayList<>();
            for (StaffDeparture departure : asked) {
                String account = departure.leaving(username, successor, actor);
                if (account != null && !account.isBlank()) {
                    moved.add(account);
                }
            }
            e.active = false;
            changed(actor, e, DISABLE, username + " (roles " + JpaStaff.roles(e.roles) + ") disabled"
                    + (moved.isEmpty() ? "" : "; moved: " + String.join("; ", moved)));
            return new JpaStaff.Disabled(JpaStaff.toStaff(e), List.copyOf(moved));
        });
    }

    Staff enable(Caller actor, String username) {
        requireAdmin(actor);
        return tx.required(() -> {
            StaffEntity e = lock(username);
            if (e.active) {
                throw new ConflictException("active", "the account " + username + " is already enabled");
            }
            e.active = true;
            changed(actor, e, ENABLE, username + " (roles " + JpaStaff.roles(e.roles) + ") enabled");
            return JpaStaff.toStaff(e);
        });
    }

    /** Sets a password the person must change at their next login; their tokens end now. */
    Staff resetPassword(Caller actor, String username, String password) {
        requireAdmin(actor);
        StaffRules.checkPassword("password", password, username, minPasswordLength);
        String hash = passwords.hash(password); // ~0.3 s of CPU: outside the transaction and its locks
        return tx.required(() -> {
            StaffEntity e = lock(username);
            e.passwordHash = hash;
            e.mustChangePassword = true;
            changed(actor, e, RESET, username + ": password reset, to be changed at the next login");
            return JpaStaff.toStaff(e);
        });
    }

    /** Writes the change, ends the account's tokens, then records it: a change that fails to write is not recorded. */
    private void changed(Caller actor, StaffEntity e, String action, String detail) {
        em.flush();
        sessions.revokeAll(e.username);
        audit.record(actor, null, action, detail);
    }

    private StaffEntity lock(String username) {
        StaffEntity e = username == null ? null : em.find(StaffEntity.class, username, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            throw new NotFoundException("staff", username);
        }
        return e;
    }

    private List<StaffEntity> lockActiveAdmins() {
        return em.createQuery("SELECT s FROM StaffEntity s WHERE s.active = true AND s.roles LIKE :admin", StaffEntity.class)
                .setParameter("admin", "%" + Role.ADMIN.name() + "%").setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** Refuses when the account is an active administrator and no other active administrator (granted the role) is left. */
    private static void requireAnotherAdmin(List<StaffEntity> admins, StaffEntity e, String field, String what) {
        if (!JpaStaff.actsAsAdmin(e)) {
            return;
        }
        boolean another = admins.stream().anyMatch(a -> !a.username.equals(e.username) && JpaStaff.actsAsAdmin(a));
        if (!another) {
            throw new ConflictException(field, e.username + " is the last active administrator and cannot be " + what);
        }
    }

    static void requireAdmin(Caller actor) {
        actor.require(ADMINS, "managing staff accounts");
    }
}
