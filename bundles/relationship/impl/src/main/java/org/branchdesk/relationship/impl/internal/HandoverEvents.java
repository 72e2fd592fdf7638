package org.branchdesk.relationship.impl.internal;

import java.time.Instant;

import org.branchdesk.customer.api.AssignmentService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;
import org.osgi.service.event.propertytypes.EventTopics;

/**
 * Opens a handover as soon as a customer changes manager. An event missed (the module stopped,
 * a runtime that did not get it) is not lost: the scheduled catch-up reads the same changes from
 * the customer module, and the UNIQUE assignment number keeps it to one handover.
 */
@Component
@EventTopics(AssignmentService.ASSIGNED_TOPIC)
public final class HandoverEvents implements EventHandler {

    private final Handovers handovers;

    @Activate
    public HandoverEvents(@Reference Handovers handovers) {
        this.handovers = handovers;
    }

    @Override
    public void handleEvent(Event event) {
        if (!(event.getProperty("previousManager") instanceof String previous) || !(event.getProperty("assignmentId") instanceof Number id)
                || !(event.getProperty("at") instanceof Number at)) {
            return; // a first manager: nothing to hand over
        }
        Object reason = event.getProperty("reason");
        handovers.open(id.longValue(), (String) event.getProperty("customerId"), (String) event.getProperty("manager"), previous,
                reason == null ? null : reason.toString(), Instant.ofEpochMilli(at.longValue()));
    }
}
