package org.branchdesk.platform.core.internal;

import org.branchdesk.platform.api.TooManyRequestsException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.branchdesk.platform.api.ConflictException;
import org.branchdesk.platform.api.ForbiddenException;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Caller;
import org.osgi.service.transaction.control.TransactionControl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logins and one's own password changes: the password check, the throttle ({@link LoginGuard})
 * around it, and the token ({@link Sessions}) after it.
 */
final class Logins {

    private static final Logger LOG = LoggerFactory.getLogger(Logins.class);
    static final String CHANGE = "PASSWORD_CHANGE";

    private final TransactionControl tx;
    private final EntityManager em;
    private final Passwords passwords;
    private final Sessions sessions;
    private final LoginGuard guard;
    private final AuditLog audit;
    private final int minPasswordLength;
    private final Clock clock = Clock.systemUTC();
    /**
     * Hashed against when the username is unknown, so both failures take the same time. Made at
     * the first login of anyone, known or not, so that one costs the same either way; not at
     * activation, where one hash is ~0.3 s of CPU taken from the start.
     */
    private volatile String dummyHash;

    Logins(TransactionControl tx, EntityManager em, Passwords passwords, Sessions sessions, LoginGuard guard, AuditLog audit,
            int minPasswordLength) {
        this.tx = tx;
        this.em = em;
        this.passwords = passwords;
        this.sessions = sessions;
        this.guard = guard;
        this.audit = audit;
        this.minPasswordLength = minPasswordLength;
    }

    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            hash = passwords.hash("no such user"); // two first logins at once may both make one: harmless
            dummyHash = hash;
        }
        return hash;
    }

    /**
     * Checks the password and issues a token; empty for an unknown user, an inactive one or a
     * wrong password alike. An unknown user is hashed against a dummy hash, so that the answer
     * takes as long and nobody can probe which usernames exist; and it is throttled exactly like a
     * known one.
     *
     * @throws org.branchdesk.platform.api.TooManyRequestsException when the username or the address must wait (the password is not checked)
     */
    /** A login refused before its password is looked at: a 429 with the wait as its Retry-After. */
    private static TooManyRequestsException throttled(long waitMillis) {
        return new TooManyRequestsException("too many failed logins: try again later", (waitMillis + 999) / 1000);
    }

    Optional<JpaStaff.Login> login(String username, String password, String address) {
        // usernames are stored in lower case; "Admin" at the keyboard means admin
        String user = username.trim().toLowerCase(Locale.ROOT);
        LoginGuard.Verdict verdict = guard.check(user, address, clock.millis());
        if (verdict.waitMillis() > 0) {
            throw throttled(verdict.waitMillis());
        }
        String dummy = dummyHash();
        StaffEntity e = tx.supports(() -> em.find(StaffEntity.class, user));
        boolean ok = Passwords.verify(password, e == null ? dummy : e.passwordHash) && e != null && e.active;
        if (!ok) {
            holdBack(guard.failed(user, address, clock.millis()));
            return Optional.empty();
        }
        StaffRules.conflict(JpaStaff.roles(e.roles)).ifPresent(pair -> LOG.warn(
                "The account '{}' logged in holding the conflicting roles {}: it is granted no role", user, pair));
        long now = clock.millis();
        Map.Entry<String, Long> token = tx.required(() -> {
            if (verdict.userHasFailures()) {
                guard.succeeded(user);
            }
            return sessions.issue(user, now);
        });
        return Optional.of(new JpaStaff.Login(token.getKey(), Instant.ofEpochMilli(token.getValue()), JpaStaff.toStaff(e), e.mustChangePassword()));
    }

    /**
     * The caller changes their own password, giving the old one (a wrong one counts as a failed
     * login). Every token of the account ends, the current one too; the answer is a new login.
     */
    JpaStaff.Login changePassword(Caller caller, String oldPassword, String newPassword, String address) {
        String user = caller.username();
        LoginGuard.Verdict verdict = guard.check(user, address, clock.millis());
        if (verdict.waitMillis() > 0) {
            throw throttled(verdict.waitMillis());
        }
        StaffEntity current = tx.supports(() -> em.find(StaffEntity.class, user));
        if (current == null || !current.active) {
            throw new ForbiddenException("the account is disabled");
        }
        if (!Passwords.verify(oldPassword, current.passwordHash)) {
            holdBack(guard.failed(user, address, clock.millis()));
            throw new InvalidInputException("oldPassword", "is not the current password");
        }
        StaffRules.checkPassword("newPassword", newPassword, user, minPasswordLength);
        if (newPassword.equals(oldPassword)) {
            throw new InvalidInputException("newPassword", "must differ from the current password");
        }
        String hash = passwords.hash(newPassword);
        long now = clock.millis();
        return tx.required(() -> {
            StaffEntity e = em.find(StaffEntity.class, user, LockModeType.PESSIMISTIC_WRITE);
            if (e == null || !e.active || !e.passwordHash.equals(current.passwordHash)) {
                // changed or disabled since the check above: the caller starts again
                throw new ConflictException("oldPassword", "the account changed meanwhile; log in again");
            }
            e.passwordHash = hash;
            e.mustChangePassword = false;
            if (verdict.userHasFailures()) {
                guard.succeeded(user);
            }
            em.flush();
            sessions.revokeAll(user);
            audit.record(caller, null, CHANGE, user + " changed their own password");
            Map.Entry<String, Long> token = sessions.issue(user, now);
            return new JpaStaff.Login(token.getKey(), Instant.ofEpochMilli(token.getValue()), JpaStaff.toStaff(e), false);
        });
    }

    /**
     * The growing delay of failed logins: the answer waits, so that one client trying passwords in
     * a row gets few tries a minute before the lock; the count is in the database, so trying in
     * parallel only reaches the lock sooner.
     */
    private static void holdBack(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
