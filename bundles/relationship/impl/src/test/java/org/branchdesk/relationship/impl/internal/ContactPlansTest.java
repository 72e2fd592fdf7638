package org.branchdesk.relationship.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.branchdesk.customer.api.AssignmentService;
import org.branchdesk.customer.api.BookEntry;
import org.branchdesk.customer.api.Channel;
import org.branchdesk.customer.api.Interaction;
import org.branchdesk.customer.api.InteractionLog;
import org.branchdesk.customer.api.Segment;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.branchdesk.relationship.api.Task;
import org.branchdesk.relationship.api.TaskKind;
import org.junit.Test;

/** CONTACT_DUE tasks from a book and its last contacts: due in the window, overdue before today, none without a plan. */
public class ContactPlansTest {

    private static final Caller CM = new Caller("cm1", "cm1", Set.of(Role.CUSTOMER_MANAGER));
    private final Instant now = Instant.now();
    private final ZoneId zone = ZoneId.systemDefault();
    private final LocalDate today = LocalDate.ofInstant(now, zone);

    @Test
    public void dueInTheWindowOverdueBeforeTodayNoneWithoutAPlan() {
        Instant since = now.minus(Duration.ofDays(1));
        List<BookEntry> book = List.of(entry("C1", Segment.PRIVATE, since), entry("C2", Segment.MID, since),
                entry("C3", Segment.ORDINARY, since), entry("C4", Segment.HIGH, since));
        Map<String, Interaction> latest = Map.of("C1", contact("C1", now.minus(Duration.ofDays(20))),
                "C4", contact("C4", now.minus(Duration.ofDays(5))));
        ContactPlans plans = new ContactPlans(assignments(book), log(latest), new ModuleClock(), config());

        List<Task> month = plans.tasks("cm1", today, today.plusDays(30), CM);
        assertEquals(month.toString(), List.of("C1", "C4"), month.stream().map(Task::customerId).sorted().toList());
        Task c1 = month.stream().filter(t -> t.customerId().equals("C1")).findFirst().orElseThrow();
        assertEquals(TaskKind.CONTACT_DUE, c1.kind());
        assertTrue(c1.overdue());
        assertEquals(LocalDate.ofInstant(now.minus(Duration.ofDays(20)), zone).plusDays(14), c1.due());
        assertEquals(14, c1.detail().get("intervalDays"));
        Task c4 = month.stream().filter(t -> t.customerId().equals("C4")).findFirst().orElseThrow();
        assertFalse(c4.overdue());

        // the MID customer, never contacted, is due 60 days after they got their manager
        List<Task> quarter = plans.tasks("cm1", today, today.plusDays(90), CM);
        Task c2 = quarter.stream().filter(t -> t.customerId().equals("C2")).findFirst().orElseThrow();
        assertEquals(LocalDate.ofInstant(since, zone).plusDays(60), c2.due());
        assertFalse("no plan for ordinary customers", quarter.stream().anyMatch(t -> t.customerId().equals("C3")));
    }

    private static BookEntry entry(String id, Segment segment, Instant since) {
        return new BookEntry(id, "name " + id, segment, BigDecimal.ONE, null, since, null);
    }

    private static Interaction contact(String id, Instant at) {
        return new Interaction(1, id, "cm1", at, Channel.PHONE, "review", null, null, "customer", at);
    }

    private static AssignmentService assignments(List<BookEntry> book) {
        return (AssignmentService) Proxy.newProxyInstance(ContactPlansTest.class.getClassLoader(), new Class<?>[] { AssignmentService.class },
                (p, m, a) -> {
                    if (m.getName().equals("book")) {
                        return book;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }

    private static InteractionLog log(Map<String, Interaction> latest) {
        return (InteractionLog) Proxy.newProxyInstance(ContactPlansTest.class.getClassLoader(), new Class<?>[] { InteractionLog.class },
                (p, m, a) -> {
                    if (m.getName().equals("latest")) {
                        Collection<?> ids = (Collection<?>) a[0];
                        return Map.copyOf(latest.entrySet().stream().filter(e -> ids.contains(e.getKey()))
                                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }

    /** The typed configuration with its defaults, as DS would give it without a configuration. */
    static RelationshipConfig config() {
        return (RelationshipConfig) Proxy.newProxyInstance(ContactPlansTest.class.getClassLoader(), new Class<?>[] { RelationshipConfig.class },
                (p, m, a) -> m.getDefaultValue());
    }
}
