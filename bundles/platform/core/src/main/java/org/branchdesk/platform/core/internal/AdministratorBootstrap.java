package org.branchdesk.platform.core.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.branchdesk.platform.security.Role;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.service.transaction.control.TransactionControl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@link JpaStaff} does once at activation, in one transaction: drops expired tokens, warns
 * of every account whose roles break segregation of duties, and in an empty database creates the
 * administrator {@value #ADMIN} with the password from {@value #ADMIN_PASSWORD_ENV} (or the
 * framework property {@value #ADMIN_PASSWORD_PROPERTY}), or a random one printed once. A given
 * password that {@link PasswordRules} refuses stops activation and the framework (the launcher
 * then exits with 1) rather than weaken the one account that can create all others.
 */
final class AdministratorBootstrap {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD_ENV = "BRANCHDESK_ADMIN_PASSWORD";
    static final String ADMIN_PASSWORD_PROPERTY = "branchdesk.admin.password";
    /** Read by the launcher when the framework stopped during start-up, to say why. */
    static final String STOP_REASON_PROPERTY = "branchdesk.stopReason";
    private static final Logger LOG = LoggerFactory.getLogger(JpaStaff.class);

    private final TransactionControl tx;
    private final EntityManager em;
    private final Sessions sessions;
    private final StaffChanges changes;
    private final int minPasswordLength;
    private final Clock clock = Clock.systemUTC();

    AdministratorBootstrap(TransactionControl tx, EntityManager em, Sessions sessions, StaffChanges changes, int minPasswordLength) {
        this.tx = tx;
        this.em = em;
        this.sessions = sessions;
        this.changes = changes;
        this.minPasswordLength = minPasswordLength;
    }

    void run(BundleContext context) {
        tx.required(() -> {
            sessions.sweep(clock.millis());
            List<StaffEntity> all = em.createQuery("SELECT s FROM StaffEntity s", StaffEntity.class).getResultList();
            all.stream().filter(s -> StaffRules.conflict(JpaStaff.roles(s.roles)).isPresent()).forEach(s -> LOG.warn(
                    "The account '{}' holds the roles {}, which segregation of duties forbids together ({}): it is granted"
                            + " no role until an administrator sets its roles (PUT /api/staff/{}/roles)",
                    s.username, JpaStaff.roles(s.roles), StaffRules.conflict(JpaStaff.roles(s.roles)).orElseThrow(), s.username));
            if (!all.isEmpty()) {
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
            Optional<String> weak = given == null ? Optional.empty() : PasswordRules.problem(given, ADMIN, minPasswordLength);
            if (weak.isPresent()) {
                // refuse rather than weaken: the administrator is the one account that can create all
                // others, and a branch without one cannot be used, so the runtime stops
                String refusal = "The administrator password from " + source + " is refused: " + weak.get()
                        + ". The administrator was not created and Branchdesk stops: choose another password and start again";
                LOG.error(refusal);
                System.setProperty(STOP_REASON_PROPERTY, refusal); // the launcher's last line repeats it
                stopFramework(context);
                throw new IllegalStateException(refusal);
            }
            String password = given != null ? given : Tokens.randomPassword();
            changes.create(JpaStaff.PLATFORM, ADMIN, password, "Administrator", EnumSet.of(Role.ADMIN));
            if (given == null) {
                System.out.println("\n=== Branchdesk created the administrator account '" + ADMIN + "' with password: " + password
                        + "\n    It is shown only this once: keep it safe, log in and create named accounts for your staff."
                        + "\n    (Set " + ADMIN_PASSWORD_ENV + " before the first start to choose it yourself.)\n");
            }
            return null;
        });
    }

    /** Stops the framework from a thread of its own: a component's activation must not wait for its own stop. */
    private static void stopFramework(BundleContext context) {
        Bundle system = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION);
        Thread stopper = new Thread(() -> {
            try {
                system.stop();
            } catch (BundleException | RuntimeException e) {
                LOG.error("Could not stop the framework: {}", e.getMessage());
            }
        }, "branchdesk-refused-start");
        stopper.setDaemon(true);
        stopper.start();
    }
}
