package org.branchdesk.counter.impl.internal;

import java.util.List;

import org.branchdesk.counter.api.AuthorityGap;
import org.branchdesk.platform.api.HealthNotice;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Tells branch IT in health and the shell where four-eyes authorisation is impossible: one warning per gap. */
@Component(service = HealthNotice.class)
public final class FourEyesNotice implements HealthNotice {

    private final AuthorityGaps gaps;
    private final AuthorisationPolicy policy;

    @Activate
    public FourEyesNotice(@Reference AuthorityGaps gaps, @Reference AuthorisationPolicy policy) {
        this.gaps = gaps;
        this.policy = policy;
    }

    @Override
    public List<String> warnings() {
        return gaps.gaps().stream().map(this::warning).toList();
    }

    private String warning(AuthorityGap g) {
        String type = PolicyRules.ANY.equals(g.type()) ? "any other request type" : g.type();
        return "counter: four eyes impossible for " + type + " from " + g.bandFrom().toPlainString() + " " + policy.baseCurrency() + ": "
                + g.authorisers() + " of the " + g.needed() + " people needed can authorise at " + g.level() + " level";
    }
}
