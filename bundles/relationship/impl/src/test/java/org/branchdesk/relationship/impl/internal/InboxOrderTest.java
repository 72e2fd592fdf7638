package org.branchdesk.relationship.impl.internal;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.branchdesk.relationship.api.Task;
import org.branchdesk.relationship.api.TaskKind;
import org.junit.Test;

/** The inbox's order: overdue first, then by due day. */
public class InboxOrderTest {

    private static Task task(String customer, TaskKind kind, LocalDate due, boolean overdue) {
        return new Task(kind, customer, customer, "ref", "t", due, overdue, Map.of());
    }

    @Test
    public void overdueFirstThenByDueDay() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        Task soon = task("A", TaskKind.CARE_EVENT, today.plusDays(1), false);
        Task today1 = task("B", TaskKind.CONTACT_DUE, today, false);
        Task longOverdue = task("C", TaskKind.CONTACT_DUE, today.minusDays(20), true);
        Task overdue = task("D", TaskKind.HANDOVER, today.minusDays(1), true);
        Task later = task("E", TaskKind.EVENT_FOLLOW_UP, today.plusDays(9), false);
        List<Task> tasks = new ArrayList<>(List.of(soon, later, overdue, today1, longOverdue));
        tasks.sort(Inbox.ORDER);
        assertEquals(List.of(longOverdue, overdue, today1, soon, later), tasks);
    }
}
