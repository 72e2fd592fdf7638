package org.branchdesk.platform.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
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
 * the framework property {@code branchdesk.admin.password}), or a random one printed once.
 */
@Designate(ocd = SecurityConfig.class)
@Component(configurationPid = "org.branchdesk.security", service = { StaffDirectory.class, Authenticator.class, JpaStaff.class })
public final class JpaStaff implements StaffDirectory, Authenticator {

    /** A login: the token to send, and until when it is good. */
    public record Login(String token, Instant expiresAt, Staff staff) {
    }

    private record Session(Caller caller, long expiresAt) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final TransactionControl tx;
    private final EntityManager em;
    private final Passwords passwords;
    private final SecurityConfig config;
    private final Clock clock = Clock.systemUTC();
    /** Token hash to session, so that a request does not read the database to authenticate. */
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    /** Hashed against when the username is unknown, so both failures take the same time. */
    private final String dummyHash;

    @Activate
    public JpaStaff(@Reference TransactionControl tx,
            @Reference(target = "(osgi.unit.name=branchdesk.platform)") JPAEntityManagerProvider provider, SecurityConfig config,
            BundleContext context) {
        this.tx = tx;
        this.em = provider.getResource(tx);
        this.passwords = new Passwords(config.passwordIterations());
        this.config = config;
        this.dummyHash = passwords.hash("no such user");
        createAdministrator(context);
    }

    private void createAdministrator(BundleContext context) {
        tx.required(() -> {
            long staff = em.createQuery("SELECT COUNT(s) FROM StaffEntity s", Long.class).getSingleResult();
            if (staff > 0) {
                return null;
            }
            String given = Optional.ofNullable(System.getenv("BRANCHDESK_ADMIN_PASSWORD"))
                    .or(() -> Optional.ofNullable(context.getProperty("branchdesk.admin.password"))).filter(p -> !p.isBlank())
                    .orElse(null);
            if (given != null && given.length() < config.minPasswordLength()) {
                throw new IllegalStateException("BRANCHDESK_ADMIN_PASSWORD is shorter than " + config.minPasswordLength()
                        + " characters; the administrator was not created");
            }
            String password = given != null ? given : randomPassword();
            create("admin", password, "Administrator", EnumSet.of(Role.ADMIN));
            if (given == null) {
                System.out.println("\n=== Branchdesk created the administrator account 'admin' with the password: " + password
                        + "\n    It is shown only this once. Log in and create named accounts for your staff.\n");
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

    /** Checks the password and issues a token; empty for an unknown user or a wrong password alike. */
    public Optional<Login> login(String username, String password) {
        StaffEntity e = tx.supports(() -> em.find(StaffEntity.class, username));
        boolean ok = Passwords.verify(password, e == null ? dummyHash : e.passwordHash) && e != null && e.active;
        if (!ok) {
            return Optional.empty();
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long now = clock.millis();
        long expiresAt = now + config.tokenHours() * 3_600_000L;
        tx.required(() -> {
            em.createQuery("DELETE FROM TokenEntity t WHERE t.username = :u AND t.expiresAt < :now").setParameter("u", username)
                    .setParameter("now", now).executeUpdate();
            TokenEntity t = new TokenEntity();
            t.tokenHash = sha256(token);
            t.username = username;
            t.expiresAt = expiresAt;
            em.persist(t);
            return null;
        });
        return Optional.of(new Login(token, Instant.ofEpochMilli(expiresAt), toStaff(e)));
    }

    public void logout(String token) {
        String hash = sha256(token);
        sessions.remove(hash);
        tx.required(() -> em.createQuery("DELETE FROM TokenEntity t WHERE t.tokenHash = :h").setParameter("h", hash).executeUpdate());
    }

    @Override
    public Optional<Caller> authenticate(String bearerToken) {
        String hash = sha256(bearerToken);
        long now = clock.millis();
        Session session = sessions.get(hash);
        if (session == null) {
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

    private static Set<Role> roles(String joined) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(joined.split(",")).filter(r -> !r.isEmpty()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
