package org.branchdesk.platform.core.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.branchdesk.platform.api.ConflictException;
import org.branchdesk.platform.security.Authenticator;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.branchdesk.platform.security.Staff;
import org.branchdesk.platform.security.StaffDirectory;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;

/**
 * Staff accounts and their login tokens. On the first start of an empty database it creates
 * the administrator {@code admin}, with the password from {@code BRANCHDESK_ADMIN_PASSWORD} (or
 * the framework property {@code branchdesk.admin.password}, which the Pax Exam tests use), or a
 * random one printed once. There is never a built-in default password.
 *
 * <p>Immediate, so that the administrator exists (and a generated password is shown) as soon as
 * the database is there, not only once some other component first asks for this service.
 */
@Designate(ocd = SecurityConfig.class)
@Component(configurationPid = "org.branchdesk.security", immediate = true,
        service = { StaffDirectory.class, Authenticator.class, JpaStaff.class })
public final class JpaStaff implements StaffDirectory, Authenticator {

    /** A login: the token to send, and until when it is good. */
    public record Login(String token, Instant expiresAt, Staff staff) {
    }

    private record Session(Caller caller, long expiresAt) {
    }

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD_ENV = "BRANCHDESK_ADMIN_PASSWORD";
    static final String ADMIN_PASSWORD_PROPERTY = "branchdesk.admin.password";

    private final TransactionControl tx;
    private final EntityManager em;
    private final Passwords passwords;
    private final SecurityConfig config;
    private final Clock clock = Clock.systemUTC();
    /** Token hash to session, so that a request does not read the database to authenticate. */
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    /**
     * Hashed against when the username is unknown, so both failures take the same time. Made at
     * the first login of anyone, known or not, so that one costs the same either way; not at
     * activation, where one hash is ~0.3 s of CPU taken from the start.
     */
    private volatile String dummyHash;

    @Activate
    public JpaStaff(@Reference TransactionControl tx,
            @Reference(target = "(osgi.unit.name=branchdesk.platform)") JPAEntityManagerProvider provider, SecurityConfig config,
            BundleContext context) {
        // a bad value fails activation with this message, which the health endpoint reports
        if (config.tokenHours() < 1) {
            throw new IllegalArgumentException("tokenHours must be at least 1, not " + config.tokenHours());
        }
        if (config.minPasswordLength() < 8) {
            throw new IllegalArgumentException("minPasswordLength must be at least 8, not " + config.minPasswordLength());
        }
        this.tx = tx;
        this.em = provider.getResource(tx);
        this.passwords = new Passwords(config.passwordIterations());
        this.config = config;
        start(context);
    }

    /** One transaction: creates the administrator in an empty database, drops expired tokens. */
    private void start(BundleContext context) {
        tx.required(() -> {
            // tokens of people who never logged in again would otherwise stay for ever
            em.createQuery("DELETE FROM TokenEntity t WHERE t.expiresAt < :now").setParameter("now", clock.millis())
                    .executeUpdate();
            long staff = em.createQuery("SELECT COUNT(s) FROM StaffEntity s", Long.class).getSingleResult();
            if (staff > 0) {
                return null;
            }
            String source = ADMIN_PASSWORD_ENV;
            String given = System.getenv(ADMIN_PASSWORD_ENV);
            if (given == null || given.isBlank()) {
                source = "the framework property " + ADMIN_PASSWORD_PROPERTY;
                given = context.getProperty(ADMIN_PASSWORD_PROPERTY);
            }
            if (given != null && given.isBlank()) {
                given = null;
            }
            if (given != null && given.length() < config.minPasswordLength()) {
                // refuse rather than weaken: the administrator is the one account that can create all others
                throw new IllegalStateException("The administrator password from " + source + " is shorter than "
                        + config.minPasswordLength() + " characters; the administrator was not created");
            }
            String password = given != null ? given : Tokens.randomPassword();
            create(ADMIN, password, "Administrator", EnumSet.of(Role.ADMIN));
            if (given == null) {
                System.out.println("\n=== Branchdesk created the administrator account '" + ADMIN + "' with password: " + password
                        + "\n    It is shown only this once: keep it safe, log in and create named accounts for your staff."
                        + "\n    (Set " + ADMIN_PASSWORD_ENV + " before the first start to choose it yourself.)\n");
            }
            return null;
        });
    }

    @Override
    public Optional<Staff> find(String username) {
        return Optional.ofNullable(username).map(u -> tx.supports(() -> em.find(StaffEntity.class, u))).map(JpaStaff::toStaff);
    }

    @Override
    public List<Staff> withRole(Role role) {
        return all().stream().filter(s -> s.active() && s.roles().contains(role)).toList();
    }

    public List<Staff> all() {
        return tx.supports(() -> em.createQuery("SELECT s FROM StaffEntity s ORDER BY s.username", StaffEntity.class).getResultList()
                .stream().map(JpaStaff::toStaff).toList());
    }

    @Override
    public Staff create(String username, String password, String displayName, Set<Role> roles) {
        StaffRules.check(username, password, displayName, roles, config.minPasswordLength());
        String hash = passwords.hash(password);
        return tx.required(() -> {
            if (em.find(StaffEntity.class, username) != null) {
                throw new ConflictException("username", "the username " + username + " is taken");
            }
            StaffEntity e = new StaffEntity();
            e.username = username;
            e.displayName = displayName.trim();
            e.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
            e.passwordHash = hash;
            e.active = true;
            e.createdAt = clock.millis();
            em.persist(e);
            return toStaff(e);
        });
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
     * takes as long and nobody can probe which usernames exist.
     */
    public Optional<Login> login(String username, String password) {
        // usernames are stored in lower case; "Admin" at the keyboard means admin
        String user = username.trim().toLowerCase(Locale.ROOT);
        String dummy = dummyHash();
        StaffEntity e = tx.supports(() -> em.find(StaffEntity.class, user));
        boolean ok = Passwords.verify(password, e == null ? dummy : e.passwordHash) && e != null && e.active;
        if (!ok) {
            return Optional.empty();
        }
        String token = Tokens.newToken();
        long now = clock.millis();
        long expiresAt = now + config.tokenHours() * 3_600_000L;
        // the cache only loses a session when it is used after expiry: sweep the unused ones here
        sessions.values().removeIf(s -> s.expiresAt() <= now);
        tx.required(() -> {
            em.createQuery("DELETE FROM TokenEntity t WHERE t.username = :u AND t.expiresAt < :now").setParameter("u", user)
                    .setParameter("now", now).executeUpdate();
            TokenEntity t = new TokenEntity();
            t.tokenHash = Tokens.hash(token);
            t.username = user;
            t.expiresAt = expiresAt;
            em.persist(t);
            return null;
        });
        return Optional.of(new Login(token, Instant.ofEpochMilli(expiresAt), toStaff(e)));
    }

    /** Forgets the token at once, in the cache and in the database. */
    public void logout(String token) {
        String hash = Tokens.hash(token);
        sessions.remove(hash);
        tx.required(() -> em.createQuery("DELETE FROM TokenEntity t WHERE t.tokenHash = :h").setParameter("h", hash).executeUpdate());
    }

    @Override
    public Optional<Caller> authenticate(String bearerToken) {
        if (bearerToken == null || bearerToken.isBlank()) {
            return Optional.empty();
        }
        // only the hash is stored and cached: a heap or database dump holds no usable token
        String hash = Tokens.hash(bearerToken);
        long now = clock.millis();
        Session session = sessions.get(hash);
        if (session == null) {
            // unknown tokens are not cached, so that guessing cannot fill the memory
            session = tx.supports(() -> {
                TokenEntity t = em.find(TokenEntity.class, hash);
                StaffEntity s = t == null ? null : em.find(StaffEntity.class, t.username);
                return s == null || !s.active ? null : new Session(toCaller(s), t.expiresAt);
            });
            if (session == null) {
                return Optional.empty();
            }
            sessions.put(hash, session);
        }
        if (session.expiresAt() <= now) {
            sessions.remove(hash);
            return Optional.empty();
        }
        return Optional.of(session.caller());
    }

    private static Staff toStaff(StaffEntity e) {
        return new Staff(e.username, e.displayName, roles(e.roles), e.active, Instant.ofEpochMilli(e.createdAt));
    }

    private static Caller toCaller(StaffEntity e) {
        return new Caller(e.username, e.displayName, roles(e.roles));
    }

    /** Names no longer in {@link Role} (a role retired in a later version) grant nothing, rather than lock the person out. */
    static Set<Role> roles(String joined) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(joined.split(",")).forEach(name -> Arrays.stream(Role.values()).filter(r -> r.name().equals(name))
                .forEach(roles::add));
        return roles;
    }
}
