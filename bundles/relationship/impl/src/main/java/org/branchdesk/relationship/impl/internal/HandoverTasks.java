package org.branchdesk.relationship.impl.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.branchdesk.customer.api.AssignmentService;
import org.branchdesk.customer.api.BookEntry;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.branchdesk.relationship.api.Task;
import org.branchdesk.relationship.api.TaskKind;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link TaskKind#HANDOVER} tasks: a new manager's open handovers, due on their deadline; in the
 * centre head's own inbox also every overdue handover raised to them.
 */
@Component(property = Inbox.CORE_SOURCE + "=true")
public final class HandoverTasks implements TaskSource {

    private final Handovers handovers;
    private final AssignmentService assignments;
    private final ModuleClock clock;

    @Activate
    public HandoverTasks(@Reference Handovers handovers, @Reference AssignmentService assignments, @Reference ModuleClock clock) {
        this.handovers = handovers;
        this.assignments = assignments;
        this.clock = clock;
    }

    @Override
    public List<Task> tasks(String manager, LocalDate today, LocalDate until, Caller caller) {
        List<Handover> open = new ArrayList<>(handovers.openOf(manager));
        // names from the manager's own book; the centre head's raised ones of other books go without
        Map<String, String> names = open.isEmpty() ? Map.of()
                : assignments.book(manager, caller).stream().collect(Collectors.toMap(BookEntry::customerId, BookEntry::name, (a, b) -> a));
        if (caller.has(Role.CENTER_HEAD) && caller.username().equals(manager)) {
            handovers.escalatedOpen().stream().filter(h -> !h.successor().equals(manager)).forEach(open::add);
        }
        ZoneId zone = clock.zone();
        List<Task> tasks = new ArrayList<>();
        for (Handover h : open) {
            LocalDate due = LocalDate.ofInstant(h.deadline(), zone);
            if (!due.isAfter(until)) {
                tasks.add(task(h, names.get(h.customerId()), due, today));
            }
        }
        return tasks;
    }

    static Task task(Handover h, String customerName, LocalDate due, LocalDate today) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("handoverId", h.id());
        detail.put("predecessor", h.predecessor());
        detail.put("successor", h.successor());
        detail.put("missing", h.missing());
        detail.put("deadline", h.deadline().toString());
        detail.put("escalated", h.escalatedAt() != null);
        return new Task(TaskKind.HANDOVER, h.customerId(), customerName, "handover/" + h.id(),
                "Handover from " + h.predecessor() + ": " + String.join(", ", h.missing()), due, h.overdue() || due.isBefore(today), detail);
    }
}
