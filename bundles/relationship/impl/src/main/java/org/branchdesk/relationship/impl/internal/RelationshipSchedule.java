package org.branchdesk.relationship.impl.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.branchdesk.platform.api.jobs.ScheduledJobs;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start and every {@code checkSeconds}: catches up on changes of manager the events did not
 * bring, and raises handovers past their deadline to the centre head, each once
 * ({@value #HANDOVER_OVERDUE} on Event Admin). A scheduled check, not a side effect of requests,
 * so that a handover nobody looks at still goes up.
 */
@Component(service = {}, configurationPid = RelationshipConfigCheck.PID)
public final class RelationshipSchedule {

    /** Posted once per overdue handover: {@code handoverId}, {@code customerId}, {@code predecessor}, {@code successor}, {@code deadline} (epoch millis). */
    public static final String HANDOVER_OVERDUE = "org/branchdesk/relationship/HANDOVER_OVERDUE";

    private static final Logger LOG = LoggerFactory.getLogger(RelationshipSchedule.class);

    /** The job's lease: one runtime of the branch checks handovers at a time. */
    static final String JOB = "relationship.handovers";

    private final Handovers handovers;
    private final ScheduledJobs jobs;
    private final Duration hold;
    private final EventAdmin events;
    private final ScheduledExecutorService scheduler;

    @Activate
    public RelationshipSchedule(@Reference Handovers handovers, @Reference EventAdmin events, @Reference ScheduledJobs jobs,
            RelationshipConfig config) {
        this.handovers = handovers;
        this.events = events;
        this.jobs = jobs;
        long every = RelationshipConfigCheck.require(config).checkSeconds();
        this.hold = Duration.ofSeconds(every);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "branchdesk-relationship-check"));
        scheduler.scheduleWithFixedDelay(this::check, 0, every, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        scheduler.shutdownNow();
    }

    private void check() {
        try {
            if (!jobs.claim(JOB, hold)) {
                return; // another runtime of the branch checks
            }
        } catch (RuntimeException e) {
            LOG.warn("The lease of the handover check cannot be claimed; it is tried again at its next interval", e);
            return;
        }
        try {
            int opened = handovers.catchUp();
            if (opened > 0) {
                LOG.info("Opened {} handover(s) of changes of manager the events had not brought", opened);
            }
        } catch (RuntimeException e) {
            LOG.warn("The catch-up on changes of manager failed; it runs again at its next interval", e);
        }
        try {
            List<Handover> raised = handovers.escalateOverdue();
            for (Handover h : raised) {
                events.postEvent(new Event(HANDOVER_OVERDUE, Map.of("handoverId", h.id(), "customerId", h.customerId(), "predecessor",
                        h.predecessor(), "successor", h.successor(), "deadline", h.deadline().toEpochMilli())));
            }
            if (!raised.isEmpty()) {
                LOG.info("Raised {} overdue handover(s) to the centre head", raised.size());
            }
        } catch (RuntimeException e) {
            LOG.warn("The handover check failed; it runs again at its next interval", e);
        }
    }
}
