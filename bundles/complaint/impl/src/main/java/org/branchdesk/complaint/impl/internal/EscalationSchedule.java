package org.branchdesk.complaint.impl.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.branchdesk.complaint.api.ComplaintService;
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

    private final ComplaintService complaints;
    private final ScheduledExecutorService scheduler;

    @Activate
    public EscalationSchedule(@Reference ComplaintService complaints, ComplaintConfig config) {
        this.complaints = complaints;
        long every = ComplaintConfigCheck.require(config).escalationCheckSeconds();
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "branchdesk-complaint-escalation"));
        scheduler.scheduleWithFixedDelay(this::check, every, every, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        scheduler.shutdownNow();
    }

    private void check() {
        try {
            int escalated = complaints.escalateOverdue();
            if (escalated > 0) {
                LOG.info("Escalated {} complaint(s) past their deadline", escalated);
            }
        } catch (RuntimeException e) {
            LOG.warn("The escalation check failed; it runs again at its next interval", e);
        }
    }
}
