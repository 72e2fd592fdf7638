package com.example.branchdesk.prospecting;

import java.util.Optional;

import org.branchdesk.customer.api.CustomerViewSection;
import org.branchdesk.customer.api.ViewContext;
import org.osgi.service.component.annotations.Component;

/** Adds a "Prospecting" section to every customer's unified view. */
@Component
public final class ProspectingSection implements CustomerViewSection {

    @Override
    public String id() {
        return "prospecting";
    }

    @Override
    public String title() {
        return "Prospecting";
    }

    @Override
    public Optional<Object> contribute(ViewContext context) {
        // the view has read (and audited) the customer already: no second read needed
        return Optional.of(Prospect.of(context.customer()));
    }
}
