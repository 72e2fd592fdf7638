package org.branchdesk.platform.admin.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.persistence.EntityManager;

import org.branchdesk.platform.api.HealthNotice;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runtimes of the branch on its database, each seen by every other: every {@value #BEAT_SECONDS}
 * seconds this runtime writes its row of {@code BD_RUNTIME} (tier, bundles, configuration in force)
 * and reads the others'. A live runtime (seen in the last {@value #LIVE_SECONDS} seconds) whose tier,
 * bundles or configuration differ from this one's is a health warning here, and this runtime one
 * there: a configuration or deploy made on one runtime and not on the other shows on both within
 * two beats. The rows themselves are each runtime's own, so no two runtimes write one row.
 */
@Component(service = { RuntimeRoster.class, HealthNotice.class })
public final class RuntimeRoster implements HealthNotice {

    static final int BEAT_SECONDS = 10;
    static final int LIVE_SECONDS = 60;
    /** A row not seen for a day (a runtime killed and never restarted with it) is removed. */
    static final long FORGET_MILLIS = 24L * 3600 * 1000;

    private static final Logger LOG = LoggerFactory.getLogger(RuntimeRoster.class);

    /** One runtime as this one sees it. */
    record Runtime(String id, String address, String dataFolder, Instant startedAt, Instant seenAt, boolean live, boolean self, String tier,
            String version, RuntimeDescription.Differences differences) {
    }

    private final TransactionControl tx;
    private final EntityManager em;
    private final Inventory inventory;
    private final ConfigurationReport configuration;
    private final Clock clock = Clock.systemUTC();
    private final String id = UUID.randomUUID().toString();
    private final long started = clock.millis();
    private final String address;
    private final String dataFolder;
    private final String version;
    private final ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "branchdesk-runtimes"));
    private volatile List<Runtime> runtimes = List.of();
    private volatile boolean truncatedLogged;

    @Activate
    public RuntimeRoster(BundleContext context, @Reference TransactionControl tx,
            @Reference(target = "(osgi.unit.name=branchdesk.runtimes)") JPAEntityManagerProvider provider, @Reference Inventory inventory,
            @Reference ConfigurationReport configuration) {
        this.tx = tx;
        this.em = provider.getResource(tx);
        this.inventory = inventory;
        this.configuration = configuration;
        String port = context.getProperty("org.osgi.service.http.port");
        this.address = host() + ":" + (port == null ? "8080" : port);
        this.dataFolder = context.getProperty("branchdesk.data");
        this.version = context.getBundle().getVersion().toString();
        beat.scheduleWithFixedDelay(this::beatSafely, 0, BEAT_SECONDS, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        beat.shutdownNow();
        try {
            // a clean stop leaves no row behind; a killed runtime's row stops being live after a minute
            tx.requiresNew(() -> em.createQuery("DELETE FROM RuntimeEntity r WHERE r.id = :id").setParameter("id", id).executeUpdate());
        } catch (RuntimeException e) {
            LOG.info("This runtime's row in {} was not removed at stop ({}); it stops counting as live after {} s", RuntimeEntity.TABLE,
                    e.getMessage(), LIVE_SECONDS);
        }
    }

    /** Every runtime of the branch this runtime knows of, itself first, as of its last beat. */
    List<Runtime> runtimes() {
        return runtimes;
    }

    @Override
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        for (Runtime r : runtimes) {
            if (r.self() || !r.live() || r.differences().none()) {
                continue;
            }
            List<String> what = new ArrayList<>();
            RuntimeDescription.Differences d = r.differences();
            if (d.tier() != null) {
                what.add("tier " + d.tier().get("there") + " there, " + d.tier().get("here") + " here");
            }
            if (!d.configuration().isEmpty()) {
                what.add("configuration " + String.join(", ", d.pids()));
            }
            if (!d.bundlesOnlyThere().isEmpty()) {
                what.add("bundles only there: " + String.join(", ", d.bundlesOnlyThere()));
            }
            if (!d.bundlesOnlyHere().isEmpty()) {
                what.add("bundles only here: " + String.join(", ", d.bundlesOnlyHere()));
            }
            if (!d.bundleStates().isEmpty()) {
                what.add("bundles in another state there: "
                        + String.join(", ", d.bundleStates().stream().map(s -> s.bundle() + " " + s.there()).toList()));
            }
            warnings.add("The runtime at " + r.address() + " on this branch's database differs from this one: " + String.join("; ", what)
                    + ". Make the same configuration and deploys on every runtime (GET /api/admin/runtimes shows the values).");
        }
        return warnings;
    }

    private void beatSafely() {
        try {
            beatNow();
        } catch (RuntimeException e) {
            // the database may be away for a moment: the next beat tries again
            LOG.warn("Could not record this runtime in {}: {}", RuntimeEntity.TABLE, e.getMessage());
        }
    }

    private synchronized void beatNow() {
        Inventory.Health health = inventory.health();
        RuntimeDescription mine = RuntimeDescription.of(health.tier(), inventory.bundles(), configuration.model(null));
        long now = clock.millis();
        // written only while UP: a runtime still starting (bundles not yet active, no tier yet) or a bundle being
        // deployed would show the others differences that are only a moment's; it reads the others all the same
        boolean up = health.up();
        List<RuntimeEntity> rows = tx.required(() -> {
            if (up) {
                record(mine, now);
            }
            return em.createQuery("SELECT r FROM RuntimeEntity r ORDER BY r.startedMs", RuntimeEntity.class).getResultList();
        });
        List<Runtime> seen = new ArrayList<>();
        for (RuntimeEntity r : rows) {
            boolean self = r.id.equals(id);
            RuntimeDescription theirs = self ? mine : RuntimeDescription.parse(r.tier, r.bundles, r.settings);
            Runtime runtime = new Runtime(r.id, r.address, r.dataFolder, Instant.ofEpochMilli(r.startedMs), Instant.ofEpochMilli(r.seenMs),
                    self || now - r.seenMs <= LIVE_SECONDS * 1000L, self, r.tier, r.version, mine.against(theirs));
            if (self) {
                seen.add(0, runtime);
            } else {
                seen.add(runtime);
            }
        }
        runtimes = List.copyOf(seen);
    }

    /** This runtime's row as of now, and the rows no runtime has written for a day removed; in the caller's transaction. */
    private void record(RuntimeDescription mine, long now) {
        RuntimeEntity row = em.find(RuntimeEntity.class, id);
        boolean fresh = row == null;
        if (fresh) {
            row = new RuntimeEntity();
            row.id = id;
            row.startedMs = started;
        }
        row.address = address;
        row.dataFolder = dataFolder;
        row.seenMs = now;
        row.tier = mine.tier();
        row.version = version;
        row.bundles = fit(mine.bundleLines(), "bundles");
        row.settings = fit(mine.settingLines(), "configuration");
        if (fresh) {
            em.persist(row);
        }
        em.createQuery("DELETE FROM RuntimeEntity r WHERE r.seenMs < :forget").setParameter("forget", now - FORGET_MILLIS).executeUpdate();
    }

    /** The lines as they fit in a row, cut after the last whole line (and logged once) if they do not. */
    private String fit(String lines, String what) {
        if (lines.length() <= RuntimeEntity.TEXT_MAX) {
            return lines;
        }
        if (!truncatedLogged) {
            truncatedLogged = true;
            LOG.warn("This runtime's {} is longer than {} characters: only its start is compared with the other runtimes'", what,
                    RuntimeEntity.TEXT_MAX);
        }
        return lines.substring(0, lines.lastIndexOf('\n', RuntimeEntity.TEXT_MAX));
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
