package org.branchdesk.platform.core.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.branchdesk.platform.security.Caller;
import org.osgi.service.transaction.control.TransactionControl;

/**
 * Login tokens: issued at login, kept in {@code BD_TOKEN} by their SHA-256 only, cached here so
 * that a request rarely reads the database to authenticate. A token ends at its expiry, after
 * {@code idleMillis} without use, or when revoked (logout, or a change of its account).
 * <p>
 * Several runtimes may share the database, each with its own cache. A cached session is
 * checked again against its {@code BD_TOKEN} row and its staff row (two reads by primary key)
 * when it was last checked more than {@link #checkEvery} ago ({@code sessionCheckSeconds}, 0:
 * at every request). So a revocation on another runtime (logout, password change or reset, a
 * disabled account, changed roles, which all delete the account's tokens) takes effect here
 * within {@code checkEvery}, and so do the account's active flag and roles; on the runtime that
 * made the change it is exact.
 * <p>
 * The last use is kept in the cached session and written to the database at most once per
 * {@link #touchEvery} per session: that is how another runtime learns of a use before it calls a
 * token idle, so an idle token may live up to {@code touchEvery} longer across runtimes.
 */
final class Sessions {

    /** What a token grants, as cached. Mutable in its last-use and last-check times, and in what it grants when checked again. */
    static final class Session {
        final String hash;
        final String username;
        volatile Caller caller;
        /** Set by an administrator's reset: the token may only change the password. */
        volatile boolean passwordChangeOnly;
        final long expiresAt;
        volatile long lastUsed;
        volatile long lastWritten;
        /** When the token and account rows were last read for this session. */
        volatile long lastChecked;

        Session(String hash, String username, Caller caller, boolean passwordChangeOnly, long expiresAt, long lastUsed, long checked) {
            this.hash = hash;
            this.username = username;
            this.caller = caller;
            this.passwordChangeOnly = passwordChangeOnly;
            this.expiresAt = expiresAt;
            this.lastUsed = lastUsed;
            this.lastWritten = lastUsed;
            this.lastChecked = checked;
        }
    }

    /** Characters of the token's hash that name a session: 64 bits, never enough to find the token. */
    static final int ID_LENGTH = 16;
    private static final Pattern ID = Pattern.compile("[0-9a-f]{" + ID_LENGTH + "}");
    static final long TOUCH_MAX_MILLIS = 60_000;

    private final TransactionControl tx;
    private final EntityManager em;
    private final long tokenMillis;
    private final long idleMillis;
    /** How often at most a session's last use is written: a minute, or half the idle time if that is shorter. */
    final long touchEvery;
    /** How long a cached session is trusted without reading its token and account again. */
    final long checkEvery;
    /** Token hash to session, so that a request does not read the database to authenticate. */
    private final Map<String, Session> cache = new ConcurrentHashMap<>();

    Sessions(TransactionControl tx, EntityManager em, long tokenMillis, long idleMillis, long checkMillis) {
        this.tx = tx;
        this.em = em;
        this.tokenMillis = tokenMillis;
        this.idleMillis = idleMillis;
        this.touchEvery = Math.max(1, Math.min(TOUCH_MAX_MILLIS, idleMillis / 2));
        this.checkEvery = Math.max(0, checkMillis);
    }

    /** Drops expired tokens: those of people who never logged in again would otherwise stay for ever. */
    void sweep(long now) {
        em.createQuery("DELETE FROM TokenEntity t WHERE t.expiresAt < :now").setParameter("now", now).executeUpdate();
    }

    /** Issues a token for the user, inside the caller's transaction; answers the token and its expiry. */
    Map.Entry<String, Long> issue(String username, long now) {
        // the cache only loses a session when it is used after its end: sweep the unused ones here
        cache.values().removeIf(s -> ended(s, now));
        em.createQuery("DELETE FROM TokenEntity t WHERE t.username = :u AND t.expiresAt < :now").setParameter("u", username)
                .setParameter("now", now).executeUpdate();
        String token = Tokens.newToken();
        TokenEntity t = new TokenEntity();
        t.tokenHash = Tokens.hash(token);
        t.username = username;
        t.expiresAt = now + tokenMillis;
        t.createdAt = now;
        t.lastUsedAt = now;
        em.persist(t);
        return Map.entry(token, t.expiresAt);
    }

    /**
     * The session of a token, if it is known, unexpired, not idle and its account active. Reads
     * the database for a token this runtime has not seen yet and, for a cached one, at most once per
     * {@link #checkEvery}; writes it at most once per {@link #touchEvery}.
     *
     * @param load the account's caller and whether it may only change its password, or null if it is inactive
     */
    Optional<Session> find(String token, long now, Function<String, Map.Entry<Caller, Boolean>> load) {
        String hash = Tokens.hash(token);
        Session session = cache.get(hash);
        if (session == null) {
            // unknown tokens are not cached, so that guessing cannot fill the memory
            session = tx.supports(() -> {
                TokenEntity t = em.find(TokenEntity.class, hash);
                Map.Entry<Caller, Boolean> account = t == null ? null : load.apply(t.username);
                if (account == null) {
                    return null;
                }
                long lastUsed = t.lastUsedAt != null ? t.lastUsedAt : t.createdAt != null ? t.createdAt : now;
                return new Session(hash, t.username, account.getKey(), account.getValue(), t.expiresAt, lastUsed, now);
            });
            if (session == null) {
                return Optional.empty();
            }
            if (now - session.lastUsed > idleMillis + touchEvery) {
                end(session);
                return Optional.empty();
            }
            cache.put(hash, session);
        } else if (checkEvery == 0 || now - session.lastChecked >= checkEvery) {
            if (!checked(session, now, load)) {
                cache.remove(hash);
                return Optional.empty();
            }
        }
        if (session.expiresAt <= now) {
            cache.remove(hash);
            return Optional.empty();
        }
        if (now - session.lastUsed > idleMillis && !usedElsewhere(session, now)) {
            end(session);
            return Optional.empty();
        }
        session.lastUsed = now;
        if (now - session.lastWritten >= touchEvery) {
            session.lastWritten = now;
            Session s = session;
            int written = tx.required(() -> em.createQuery("UPDATE TokenEntity t SET t.lastUsedAt = :now WHERE t.tokenHash = :h")
                    .setParameter("now", now).setParameter("h", s.hash).executeUpdate());
            if (written == 0) { // revoked by another runtime sharing the database
                cache.remove(hash);
                return Optional.empty();
            }
        }
        return Optional.of(session);
    }

    /**
     * Reads the token's row and its account again, for a session cached longer than
     * {@link #checkEvery}: false if the token was revoked or the account is inactive (perhaps by
     * another runtime); otherwise the session takes the account's current roles.
     */
    private boolean checked(Session s, long now, Function<String, Map.Entry<Caller, Boolean>> load) {
        Map.Entry<Caller, Boolean> account = tx.supports(() -> {
            TokenEntity t = em.find(TokenEntity.class, s.hash);
            return t == null ? null : load.apply(t.username);
        });
        if (account == null) {
            return false;
        }
        s.caller = account.getKey();
        s.passwordChangeOnly = account.getValue();
        s.lastChecked = now;
        return true;
    }

    /**
     * Whether another runtime wrote a use of the session after this one last did, recently
     * enough: its written use may lag its real use by up to {@link #touchEvery}.
     */
    private boolean usedElsewhere(Session s, long now) {
        Long written = tx.supports(() -> {
            TokenEntity t = em.find(TokenEntity.class, s.hash);
            return t == null ? null : t.lastUsedAt;
        });
        return written != null && written > s.lastWritten && now - written <= idleMillis + touchEvery;
    }

    private void end(Session s) {
        cache.remove(s.hash);
        tx.required(() -> em.createQuery("DELETE FROM TokenEntity t WHERE t.tokenHash = :h").setParameter("h", s.hash)
                .executeUpdate());
    }

    private boolean ended(Session s, long now) {
        return s.expiresAt <= now || now - s.lastUsed > idleMillis + touchEvery;
    }

    /** Forgets one token at once, in the cache and in the database. */
    void logout(String token) {
        String hash = Tokens.hash(token);
        cache.remove(hash);
        tx.required(() -> em.createQuery("DELETE FROM TokenEntity t WHERE t.tokenHash = :h").setParameter("h", hash).executeUpdate());
    }

    /** Revokes every token of the account, inside the caller's transaction, and drops them from the cache. */
    void revokeAll(String username) {
        em.createQuery("DELETE FROM TokenEntity t WHERE t.username = :u").setParameter("u", username).executeUpdate();
        cache.values().removeIf(s -> s.username.equals(username));
    }

    /** The account's live sessions, newest first; {@code current} marks the one of the given token. */
    List<JpaStaff.SessionInfo> list(String username, String currentToken, long now) {
        String current = Tokens.hash(currentToken);
        List<TokenEntity> tokens = tx.supports(() -> em.createQuery(
                "SELECT t FROM TokenEntity t WHERE t.username = :u AND t.expiresAt > :now", TokenEntity.class)
                .setParameter("u", username).setParameter("now", now).getResultList());
        return tokens.stream().map(t -> {
            Session cached = cache.get(t.tokenHash);
            long written = t.lastUsedAt != null ? t.lastUsedAt : t.createdAt != null ? t.createdAt : 0;
            long lastUsed = cached == null ? written : Math.max(written, cached.lastUsed);
            return new JpaStaff.SessionInfo(id(t.tokenHash), t.createdAt == null ? null : Instant.ofEpochMilli(t.createdAt),
                    lastUsed == 0 ? null : Instant.ofEpochMilli(lastUsed), Instant.ofEpochMilli(t.expiresAt),
                    t.tokenHash.equals(current));
        }).filter(s -> s.current() || s.lastUsedAt() == null || now - s.lastUsedAt().toEpochMilli() <= idleMillis + touchEvery)
                .sorted((a, b) -> b.expiresAt().compareTo(a.expiresAt())).toList();
    }

    /** Revokes the account's session of that id; false if the account has none of that id. */
    boolean revoke(String username, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return false;
        }
        int deleted = tx.required(() -> em.createQuery("DELETE FROM TokenEntity t WHERE t.username = :u AND t.tokenHash LIKE :id")
                .setParameter("u", username).setParameter("id", id + "%").executeUpdate());
        cache.values().removeIf(s -> s.username.equals(username) && s.hash.startsWith(id));
        return deleted > 0;
    }

    static String id(String hash) {
        return hash.substring(0, ID_LENGTH);
    }
}
