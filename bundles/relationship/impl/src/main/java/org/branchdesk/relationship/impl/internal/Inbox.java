package org.branchdesk.relationship.impl.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.branchdesk.platform.api.ForbiddenException;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.relationship.api.Task;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A manager's one inbox: what every {@link TaskSource} gives (contact plans, handovers, care
 * events, event follow-ups), overdue first, then by due day. A source that fails is left out
 * and logged: the inbox still shows the others.
 */
@Component(service = Inbox.class, configurationPid = RelationshipConfigCheck.PID)
public final class Inbox {

    /** Service property of this module's own sources (plans, handovers), which the view section reads directly. */
    static final String CORE_SOURCE = "branchdesk.relationship.core";

    /** The inbox's order: overdue first, then by due day, then kind and customer so the order is stable. */
    static final Comparator<Task> ORDER = Comparator.comparing((Task t) -> !t.overdue()).thenComparing(Task::due)
            .thenComparing(Task::kind).thenComparing(t -> t.customerId() == null ? "" : t.customerId());

    private static final Logger LOG = LoggerFactory.getLogger(Inbox.class);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private final List<TaskSource> sources = new CopyOnWriteArrayList<>();

    private final ContactPlans plans;
    private final ModuleClock clock;
    private final int upcomingDays;

    @Activate
    public Inbox(@Reference ContactPlans plans, @Reference ModuleClock clock, RelationshipConfig config) {
        this.plans = plans;
        this.clock = clock;
        this.upcomingDays = RelationshipConfigCheck.require(config).upcomingDays();
    }

    /** The days ahead the inbox and the book show by default ({@code upcomingDays}). */
    int upcomingDays() {
        return upcomingDays;
    }

    /** The manager's tasks due within {@code days} from today (overdue ones included), sorted; 403 for another manager's inbox. */
    List<Task> inbox(String manager, Integer days, Caller caller) {
        plans.requireBook(caller, manager);
        LocalDate today = clock.today();
        return tasks(manager, today, today.plusDays(days == null ? upcomingDays : days), caller);
    }

    /** Every source's tasks for an already checked caller, sorted. */
    List<Task> tasks(String manager, LocalDate today, LocalDate until, Caller caller) {
        List<Task> all = new ArrayList<>();
        for (TaskSource source : sources) {
            try {
                all.addAll(source.tasks(manager, today, until, caller));
            } catch (ForbiddenException e) {
                throw e;
            } catch (RuntimeException e) {
                LOG.warn("A task source failed; the inbox of {} shows the others", manager, e);
            }
        }
        all.sort(ORDER);
        return all;
    }
}
