package org.branchdesk.relationship.impl.internal;

import java.util.Optional;

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
 * "Relationship" in the unified view, for the customer's own manager and the centre head: the
 * manager and since when, an open handover, the last and the next planned contact, upcoming
 * care. Nothing for anyone else.
 */
@Component
@ServiceRanking(180)
public final class RelationshipSection implements CustomerViewSection {

    /**
     * Optional, dynamic and taken only when a view asks: what the section reads needs the
     * customer module's services, whose view asks this section; a static reference would be a
     * cycle, and getting the service at binding time one that DS reports as an error.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile ComponentServiceObjects<CustomerRelationship> relationship;

    @Override
    public String id() {
        return "relationship";
    }

    @Override
    public String title() {
        return "Relationship: manager, handover, contacts and care";
    }

    @Override
    public Optional<Object> contribute(ViewContext context) {
        ComponentServiceObjects<CustomerRelationship> objects = relationship;
        if (objects == null || context.customer().manager() == null) {
            return Optional.empty();
        }
        CustomerRelationship service = objects.getService();
        if (service == null) {
            return Optional.empty(); // going away
        }
        try {
            return service.of(context.customer(), context.caller()).map(c -> c);
        } finally {
            objects.ungetService(service);
        }
    }
}
