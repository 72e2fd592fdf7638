package org.branchdesk.platform.core.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Authenticator;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.branchdesk.platform.security.Staff;
import org.branchdesk.platform.security.StaffDeparture;
import org.branchdesk.platform.security.StaffDirectory;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;

/**
 * Staff accounts, logins and their tokens: the service the rest of the platform sees, delegating
 * to one class per responsibility ({@link Logins}, {@link Sessions}, {@link StaffChanges},
 * {@link LoginGuard}). On the first start of an empty database {@link AdministratorBootstrap}
 * creates the administrator {@code admin}; there is never a built-in default password.
 * <p>
 * An account whose roles break segregation of duties ({@link StaffRules#CONFLICTS}; only an
 * earlier build could create one) is granted no role at all until an administrator fixes its
 * roles: it can log in, but every role-protected call answers 403. Each such account is logged
 * at activation and at its logins.
 * <p>
 * Immediate, so that the administrator exists (and a generated password is shown) as soon as
 * the database is there, not only once some other component first asks for this service.
 */
@Designate(ocd = SecurityConfig.class)
@Component(configurationPid = SecurityConfigCheck.PID, immediate = true,
        service = { StaffDirectory.class, Authenticator.class, JpaStaff.class })
public final class JpaStaff implements StaffDirectory, Authenticator {

    /** A login: the token to send, until when it is good, and whether it may only change the password. */
    public record Login(String token, Instant expiresAt, Staff staff, boolean mustChangePassword) {
    }

    /** One session of an account as its owner may see it: never the token or its hash, only a short id. */
    public record SessionInfo(String id, Instant createdAt, Instant lastUsedAt, Instant expiresAt, boolean current) {
    }

    /** A disabling and what moved with it: each departure's one-line account (counts, never customer data). */
    public record Disabled(Staff staff, List<String> moved) {
    }

    static final String CREATE = "STAFF_CREATE";
    /** Audit actor of accounts created through {@link StaffDirectory#create}: no valid username has parentheses. */
    static final Caller PLATFORM = new Caller("(platform)", "Branchdesk platform", Set.of());

    /** What other modules hold for a member of staff, asked when their account is disabled; DS keeps them lowest ranking first. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<StaffDeparture> departures;

    private final TransactionControl tx;
    private final EntityManager em;
    private final Sessions sessions;
    private final LoginGuard guard;
    private final StaffChanges changes;
    private final Logins logins;
    private final Set<String> trustedProxies;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public JpaStaff(@Reference TransactionControl tx,
            @Reference(target = "(osgi.unit.name=branchdesk.platform)") JPAEntityManagerProvider provider, SecurityConfig config,
            @Reference AuditLog audit, BundleContext context) {
        SecurityConfigCheck.require(config); // a bad value fails activation, named as the guard names it
        this.tx = tx;
        this.em = provider.getResource(tx);
        Passwords passwords = new Passwords(config.passwordIterations());
        this.trustedProxies = Set.copyOf(SecurityConfigCheck.trustedProxies(config.trustedProxies()));
        this.sessions = new Sessions(tx, em, config.tokenHours() * 3_600_000L, config.idleSeconds() * 1000L,
                config.sessionCheckSeconds() * 1000L);
        long lock = config.lockMinutes() * 60_000L;
        long delay = config.failureDelaySeconds() * 1000L;
        this.guard = new LoginGuard(tx, em, new LoginThrottle(config.maxFailuresPerAccount(), lock, delay),
                new LoginThrottle(config.maxFailuresPerAddress(), lock, delay), audit);
        this.changes = new StaffChanges(tx, em, passwords, sessions, audit, config.minPasswordLength(), () -> departures);
        this.logins = new Logins(tx, em, passwords, sessions, guard, audit, config.minPasswordLength());
        new AdministratorBootstrap(tx, em, sessions, changes, config.minPasswordLength()).run(context);
    }

    @Override
    public Optional<Staff> find(String username) {
        return Optional.ofNullable(username).map(u -> tx.supports(() -> em.find(StaffEntity.class, u))).map(JpaStaff::toStaff);
    }

    @Override
    public List<Staff> withRole(Role role) {
        return all().stream().filter(s -> s.active() && s.roles().contains(role) && StaffRules.conflict(s.roles()).isEmpty())
                .toList();
    }

    @Override
    public Optional<List<Role>> conflictingRoles(Set<Role> roles) {
        return StaffRules.conflict(roles);
    }

    public List<Staff> all() {
        return tx.supports(() -> em.createQuery("SELECT s FROM StaffEntity s ORDER BY s.username", StaffEntity.class).getResultList()
                .stream().map(JpaStaff::toStaff).toList());
    }

    @Override
    public Staff create(String username, String password, String displayName, Set<Role> roles) {
        return changes.create(PLATFORM, username, password, displayName, roles);
    }

    /** An administrator creates an account; audited as {@code STAFF_CREATE} with the actor. */
    public Staff createBy(Caller actor, String username, String password, String displayName, Set<Role> roles) {
        StaffChanges.requireAdmin(actor);
        return changes.create(actor, username, password, displayName, roles);
    }

    public Staff setRoles(Caller actor, String username, Set<Role> roles) {
        return changes.setRoles(actor, username, roles);
    }

    public Staff disable(Caller actor, String username) {
        return disable(actor, username, null).staff();
    }

    /**
     * Disables the account after every {@link StaffDeparture} has moved what it holds as
     * {@code successor} says (a username, {@link StaffDeparture#BY_RULES} or null), all in one
     * transaction; the answer says what moved.
     */
    public Disabled disable(Caller actor, String username, String successor) {
        return changes.disable(actor, username, successor);
    }

    public Staff enable(Caller actor, String username) {
        return changes.enable(actor, username);
    }

    public Staff resetPassword(Caller actor, String username, String password) {
        return changes.resetPassword(actor, username, password);
    }

    /** The address a login from this peer is throttled by (see {@link ClientAddress}). */
    public String clientAddress(String peer, String forwardedFor) {
        return ClientAddress.of(peer, forwardedFor, trustedProxies);
    }

    /**
     * Checks the password and issues a token; empty for a wrong password, an unknown user or an
     * inactive one alike (see {@link Logins#login}).
     *
     * @throws org.branchdesk.platform.api.TooManyRequestsException when the username or the address is locked (the password is not checked)
     */
    public Optional<Login> login(String username, String password, String address) {
        return logins.login(username, password, address);
    }

    /** The caller changes their own password (see {@link Logins#changePassword}). */
    public Login changePassword(Caller caller, String oldPassword, String newPassword, String address) {
        return logins.changePassword(caller, oldPassword, newPassword, address);
    }

    /** Forgets the token at once, in the cache and in the database. */
    public void logout(String token) {
        sessions.logout(token);
    }

    public List<SessionInfo> sessions(Caller caller, String currentToken) {
        return sessions.list(caller.username(), currentToken, clock.millis());
    }

    /** Ends one of the caller's own sessions; false if the caller has none of that id. */
    public boolean revokeSession(Caller caller, String id) {
        return sessions.revoke(caller.username(), id);
    }

    @Override
    public Optional<Caller> authenticate(String bearerToken) {
        return session(bearerToken).map(s -> s.caller);
    }

    /** Whether the token is good but may only change its account's password (after an administrator's reset). */
    public boolean passwordChangeOnly(String bearerToken) {
        return session(bearerToken).map(s -> s.passwordChangeOnly).orElse(false);
    }

    private Optional<Sessions.Session> session(String bearerToken) {
        if (bearerToken == null || bearerToken.isBlank()) {
            return Optional.empty();
        }
        return sessions.find(bearerToken, clock.millis(), username -> {
            StaffEntity s = em.find(StaffEntity.class, username);
            if (s == null || !s.active) {
                return null;
            }
            boolean grantsNothing = s.mustChangePassword() || StaffRules.conflict(roles(s.roles)).isPresent();
            Caller caller = new Caller(s.username, s.displayName, grantsNothing ? Set.of() : roles(s.roles));
            return Map.entry(caller, s.mustChangePassword());
        });
    }

    static Staff toStaff(StaffEntity e) {
        return new Staff(e.username, e.displayName, roles(e.roles), e.active, Instant.ofEpochMilli(e.createdAt));
    }

    static String joined(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    /** Holds ADMIN, is active and is granted it (its roles do not conflict). */
    static boolean actsAsAdmin(StaffEntity e) {
        Set<Role> roles = roles(e.roles);
        return e.active && roles.contains(Role.ADMIN) && StaffRules.conflict(roles).isEmpty();
    }

    /** Names no longer in {@link Role} (a role retired in a later version) grant nothing, rather than lock the person out. */
    static Set<Role> roles(String joined) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(joined.split(",")).forEach(name -> Arrays.stream(Role.values()).filter(r -> r.name().equals(name))
                .forEach(roles::add));
        return roles;
    }
}
