package org.branchdesk.relationship.impl.internal;

import java.time.Instant;
import java.util.List;

import org.branchdesk.platform.security.Caller;
import org.branchdesk.relationship.api.Task;
import org.branchdesk.relationship.impl.internal.HandoverRule.Step;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What the module's REST resources call: the inbox, the book, the loads and the handovers. Each
 * service below checks the caller itself (role and whose book); the resources' {@code @Allow} is
 * only the first line.
 */
@Component(service = RelationshipViews.class)
public final class RelationshipViews {

    private final Inbox inbox;
    private final Books books;
    private final Handovers handovers;

    @Activate
    public RelationshipViews(@Reference Inbox inbox, @Reference Books books, @Reference Handovers handovers) {
        this.inbox = inbox;
        this.books = books;
        this.handovers = handovers;
    }

    public List<Task> inbox(String manager, Integer days, Caller caller) {
        return inbox.inbox(manager, days, caller);
    }

    public List<Books.Line> book(String manager, Caller caller) {
        return books.book(manager, caller);
    }

    public List<Books.Load> loads(Caller caller) {
        return books.loads(caller);
    }

    public List<Handover> handovers(String manager, String status, Caller caller) {
        return handovers.list(manager, status, caller);
    }

    public Handover handover(long id, Caller caller) {
        return handovers.get(id, caller);
    }

    public Handover oralNotice(long id, Instant at, String how, String note, Caller caller) {
        return handovers.record(id, Step.ORAL_NOTICE, at, how, note, caller);
    }

    public Handover writtenNotice(long id, Instant at, String how, String note, Caller caller) {
        return handovers.record(id, Step.WRITTEN_NOTICE, at, how, note, caller);
    }

    public Handover firstContact(long id, Instant at, String channel, String note, Caller caller) {
        return handovers.record(id, Step.FIRST_CONTACT, at, channel, note, caller);
    }
}
