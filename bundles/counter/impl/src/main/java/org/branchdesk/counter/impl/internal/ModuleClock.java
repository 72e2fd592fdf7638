package org.branchdesk.counter.impl.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The module's time, in one place: the system clock, or a {@link Clock} registered with
 * {@code branchdesk.clock=true} (tests, a branch with a special calendar) while there is one.
 */
@Component(service = ModuleClock.class)
public final class ModuleClock {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            target = "(branchdesk.clock=true)")
    private volatile Clock clock;

    private Clock clock() {
        Clock c = clock;
        return c == null ? Clock.systemDefaultZone() : c;
    }

    public Instant now() {
        return clock().instant();
    }

    public ZoneId zone() {
        return ZoneId.systemDefault();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), zone());
    }
}
