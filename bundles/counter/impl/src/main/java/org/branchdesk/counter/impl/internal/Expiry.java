package org.branchdesk.counter.impl.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.branchdesk.counter.impl.internal.jpa.RequestEntity;
import org.branchdesk.counter.impl.internal.jpa.RequestQueries;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.api.jobs.ScheduledJobs;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start and every {@code expiryCheckSeconds}: pending requests whose business day has ended
 * become EXPIRED, each by a conditional update (still pending, still overdue) in one transaction
 * per batch, with its EXPIRED event and audit entry. Two runtimes running it at once expire each
 * request once: the second update changes nothing. An expired request leaves nothing behind.
 */
@Component(service = {}, configurationPid = RequestsConfigCheck.PID)
public final class Expiry {

    private static final Logger LOG = LoggerFactory.getLogger(Expiry.class);
    private static final int BATCH = 200;

    private final TransactionControl tx;
    private final RequestQueries queries;
    private final AuditLog audit;
    private final ModuleClock clock;
    private final ScheduledExecutorService scheduler;
    private final ScheduledJobs jobs;
    private final Duration hold;

    /** The job's lease: one runtime of the branch expires requests at a time. */
    static final String JOB = "counter.expiry";

    @Activate
    public Expiry(@Reference TransactionControl tx, @Reference(target = "(osgi.unit.name=branchdesk.counter)") JPAEntityManagerProvider provider,
            @Reference AuditLog audit, @Reference ModuleClock clock, @Reference ScheduledJobs jobs, RequestsConfig config) {
        this.jobs = jobs;
        this.tx = tx;
        this.queries = new RequestQueries(provider.getResource(tx));
        this.audit = audit;
        this.clock = clock;
        long every = RequestsConfigCheck.require(config).expiryCheckSeconds();
        this.hold = Duration.ofSeconds(every);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "branchdesk-counter-expiry"));
        scheduler.scheduleWithFixedDelay(this::check, 0, every, TimeUnit.SECONDS);
    }

    /** Lets a run under way finish: Derby closes a connection whose thread is interrupted. */
    @Deactivate
    void deactivate() throws InterruptedException {
        scheduler.shutdown();
        if (!scheduler.awaitTermination(60, TimeUnit.SECONDS)) {
            LOG.warn("The counter's expiry did not finish within 60 s of the component stopping");
        }
    }

    private void check() {
        try {
            if (!jobs.claim(JOB, hold)) {
                return; // another runtime of the branch expires
            }
            int expired = 0;
            int n;
            do {
                n = TxScopes.required(tx, this::batch);
                expired += n;
            } while (n == BATCH);
            if (expired > 0) {
                LOG.info("Expired {} pending counter request(s) at the end of their business day", expired);
            }
        } catch (RuntimeException e) {
            LOG.warn("The counter's expiry failed; it runs again at its next interval", e);
        }
    }

    /** One batch; the number of requests this run expired. */
    private int batch() {
        long now = clock.now().toEpochMilli();
        List<Long> due = queries.overdue(now, BATCH);
        int expired = 0;
        for (long id : due) {
            if (queries.expire(id, now)) {
                RequestEntity r = queries.store().reload(id);
                queries.store().event(id, now, Module.CALLER.username(), "EXPIRED", r.version, "not approved by the end of its business day");
                audit.record(Module.CALLER, r.customerId, "COUNTER_EXPIRE", "request " + id + " v" + r.version + " " + r.type + " expired");
                expired++;
            }
        }
        return due.size() == BATCH ? BATCH : expired;
    }
}
