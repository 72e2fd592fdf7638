package org.branchdesk.complaint.impl.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.branchdesk.complaint.api.ComplaintService;
import org.branchdesk.platform.api.jobs.ScheduledJobs;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Escalates complaints past a deadline every {@code escalationCheckSeconds}: a scheduled check,
 * not a side effect of requests, so that a complaint nobody looks at still goes up the chain.
 */
@Component(service = {}, configurationPid = ComplaintConfigCheck.PID)
public final class EscalationSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(EscalationSchedule.class);

    /** The job's lease: one runtime of the branch escalates at a time. */
    static final String JOB = "complaint.escalation";

    private final ComplaintService complaints;
    private final ScheduledJobs jobs;
    private final Duration hold;
    private final ScheduledExecutorService scheduler;

    @Activate
    public EscalationSchedule(@Reference ComplaintService complaints, @Reference ScheduledJobs jobs, ComplaintConfig config) {
        this.complaints = complaints;
        this.jobs = jobs;
        long every = ComplaintConfigCheck.require(config).escalationCheckSeconds();
        this.hold = Duration.ofSeconds(every);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "branchdesk-complaint-escalation"));
        scheduler.scheduleWithFixedDelay(this::check, every, every, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        scheduler.shutdownNow();
    }

    private void check() {
        try {
            if (!jobs.claim(JOB, hold)) {
                return; // another runtime of the branch escalates
            }
            int escalated = complaints.escalateOverdue();
            if (escalated > 0) {
                LOG.info("Escalated {} complaint(s) past their deadline", escalated);
            }
        } catch (RuntimeException e) {
            LOG.warn("The escalation check failed; it runs again at its next interval", e);
        }
    }
}
