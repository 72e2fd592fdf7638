package org.branchdesk.complaint.impl.internal;

import java.util.List;
import java.util.Optional;

import org.branchdesk.complaint.api.Complaint;
import org.branchdesk.complaint.api.ComplaintService;
import org.branchdesk.customer.api.CustomerViewSection;
import org.branchdesk.customer.api.ViewContext;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.propertytypes.ServiceRanking;

/**
 * "Complaints" in the unified view: the customer's open and recent complaints, shown only to
 * the roles that handle complaints (confidentiality); every complaint shown is audited.
 */
@Component
@ServiceRanking(150)
public final class ComplaintSection implements CustomerViewSection {

    /** A complaint as the view lists it. */
    public record Line(String reference, String category, String severity, String status, String level, String receivedAt) {
    }

    /**
     * Taken only when a view asks, never at binding: the complaint service needs the customer
     * service, whose view calls this section, so getting it at binding time is a cycle that DS
     * reports as an error whenever the module restarts.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile ComponentServiceObjects<ComplaintService> complaints;

    @Override
    public String id() {
        return "complaints";
    }

    @Override
    public String title() {
        return "Open and recent complaints";
    }

    @Override
    public Optional<Object> contribute(ViewContext context) {
        ComponentServiceObjects<ComplaintService> objects = complaints;
        if (objects == null || !ComplaintAccess.readsAll(context.caller())) {
            return Optional.empty();
        }
        ComplaintService service = objects.getService();
        if (service == null) {
            return Optional.empty(); // going away
        }
        List<Complaint> recent;
        try {
            recent = service.ofCustomer(context.customer().id(), 5, context.caller());
        } finally {
            objects.ungetService(service);
        }
        return Optional.of(recent.stream().map(c -> new Line(c.reference(), c.category().name(), c.severity().name(),
                c.status().name(), c.level().name(), c.receivedAt().toString())).toList());
    }
}
