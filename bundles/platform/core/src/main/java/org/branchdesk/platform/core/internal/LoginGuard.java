package org.branchdesk.platform.core.internal;

import java.time.Instant;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Caller;
import org.osgi.service.transaction.control.ScopedWorkException;
import org.osgi.service.transaction.control.TransactionControl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Throttles logins per username and per client address ({@link LoginThrottle}), with the state
 * in {@code BD_LOGIN_FAILURE}: every runtime sharing the database counts the same failures, and a
 * failure is counted under a row lock, so that parallel attempts cannot slip past the count.
 * A lock is logged and audited as {@code LOGIN_LOCKED}.
 */
final class LoginGuard {

    private static final Logger LOG = LoggerFactory.getLogger(LoginGuard.class);
    static final String LOCKED = "LOGIN_LOCKED";
    /** Audit actors are at most this long (the username a stranger typed may be longer). */
    private static final int ACTOR_MAX = 32;

    private final TransactionControl tx;
    private final EntityManager em;
    private final LoginThrottle perAccount;
    private final LoginThrottle perAddress;
    private final AuditLog audit;

    LoginGuard(TransactionControl tx, EntityManager em, LoginThrottle perAccount, LoginThrottle perAddress, AuditLog audit) {
        this.tx = tx;
        this.em = em;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.audit = audit;
    }

    static String userKey(String username) {
        return key("u:", username);
    }

    static String addressKey(String address) {
        return key("a:", address);
    }

    private static String key(String prefix, String value) {
        String v = value.length() > LoginFailureEntity.KEY_MAX - prefix.length()
                ? value.substring(0, LoginFailureEntity.KEY_MAX - prefix.length()) : value;
        return prefix + v;
    }

    /** What a login attempt may do now: 0 to go on, or the milliseconds it stays locked; and whether the username has failures. */
    record Verdict(long waitMillis, boolean userHasFailures) {
    }

    /** Two reads by primary key: a successful login costs no more than that and one delete when there were failures. */
    Verdict check(String username, String address, long now) {
        return tx.supports(() -> {
            LoginFailureEntity user = em.find(LoginFailureEntity.class, userKey(username));
            LoginFailureEntity client = em.find(LoginFailureEntity.class, addressKey(address));
            long wait = Math.max(perAccount.lockedFor(state(user), now), perAddress.lockedFor(state(client), now));
            return new Verdict(wait, user != null);
        });
    }

    /** Inside the login's transaction: forgets the username's failures (not the address's: it may be an attacker's too). */
    void succeeded(String username) {
        LoginFailureEntity user = em.find(LoginFailureEntity.class, userKey(username));
        if (user != null) {
            em.remove(user);
        }
    }

    /**
     * Counts a failed attempt against the username and the address; locks and audits when one
     * reaches its limit. Answers how long to hold back the answer to this failure.
     */
    long failed(String username, String address, long now) {
        try {
            return tx.required(() -> countFailure(username, address, now));
        } catch (ScopedWorkException raced) {
            // another runtime or thread inserted the same new row first: the second try finds it
            return tx.required(() -> countFailure(username, address, now));
        }
    }

    private long countFailure(String username, String address, long now) {
        // rows of a quiet key are forgotten: nothing grows with the number of usernames ever tried
        em.createQuery("DELETE FROM LoginFailureEntity f WHERE f.lastFailureAt < :old AND f.lockedUntil < :now")
                .setParameter("old", now - Math.max(perAccount.lockMillis(), perAddress.lockMillis())).setParameter("now", now)
                .executeUpdate();
        LoginThrottle.Failure user = count(userKey(username), perAccount, now);
        if (user.locked()) {
            lockedOut(username, "the username, after " + perAccount.maxFailures() + " failed logins; last from client address "
                    + address, now + perAccount.lockMillis());
        }
        LoginThrottle.Failure client = count(addressKey(address), perAddress, now);
        if (client.locked()) {
            lockedOut(username, "client address " + address + ", after " + perAddress.maxFailures()
                    + " failed logins from it; the last for this username", now + perAddress.lockMillis());
        }
        return Math.max(user.delayMillis(), client.delayMillis());
    }

    private LoginThrottle.Failure count(String key, LoginThrottle throttle, long now) {
        LoginFailureEntity row = em.find(LoginFailureEntity.class, key, LockModeType.PESSIMISTIC_WRITE);
        boolean fresh = row == null;
        if (fresh) {
            row = new LoginFailureEntity();
            row.key = key;
        }
        LoginThrottle.Failure failure = throttle.fail(state(row), now);
        row.failures = failure.state().failures();
        row.lastFailureAt = failure.state().lastFailureAt();
        row.lockedUntil = failure.state().lockedUntil();
        if (fresh) {
            em.persist(row);
        }
        em.flush();
        return failure;
    }

    private void lockedOut(String typed, String what, long until) {
        // whatever a stranger typed, it must not forge lines of the log
        String username = typed.replaceAll("\\p{Cntrl}", "?");
        String detail = "locked " + what + ", until " + Instant.ofEpochMilli(until);
        LOG.warn("Login of '{}' {}", username, detail);
        String actor = username.length() > ACTOR_MAX ? username.substring(0, ACTOR_MAX) : username;
        audit.record(new Caller(actor, actor, Set.of()), null, LOCKED, detail);
    }

    private static LoginThrottle.State state(LoginFailureEntity row) {
        return row == null ? LoginThrottle.State.NONE : new LoginThrottle.State(row.failures, row.lastFailureAt, row.lockedUntil);
    }
}
