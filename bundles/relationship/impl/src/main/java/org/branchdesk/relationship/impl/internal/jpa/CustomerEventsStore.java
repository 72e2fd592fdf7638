package org.branchdesk.relationship.impl.internal.jpa;

import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

/**
 * The queries of customer events and their invitations. Callers run these in their own
 * transaction; nothing here decides who may read what. Replies, attendance and follow-ups change
 * by conditional updates, so that two requests at the same moment cannot both win.
 */
public final class CustomerEventsStore {

    private final EntityManager em;

    public CustomerEventsStore(EntityManager em) {
        this.em = em;
    }

    public CustomerEventEntity event(long id) {
        return em.find(CustomerEventEntity.class, id);
    }

    /** Reads the event again from the database (after a conditional update of its seats). */
    public CustomerEventEntity fresh(long id) {
        CustomerEventEntity e = em.find(CustomerEventEntity.class, id);
        if (e != null) {
            em.refresh(e);
        }
        return e;
    }

    public void add(CustomerEventEntity event, List<EventInvitationEntity> invitations) {
        em.persist(event);
        em.flush();
        for (EventInvitationEntity i : invitations) {
            i.eventId = event.id;
            em.persist(i);
        }
        em.flush();
    }

    /** Events, latest first; with a caller's customers, only those that invited one of them or that they created. */
    public List<CustomerEventEntity> events(String visibleTo, int max) {
        TypedQuery<CustomerEventEntity> q = visibleTo == null
                ? em.createQuery("SELECT e FROM CustomerEventEntity e ORDER BY e.at DESC, e.id DESC", CustomerEventEntity.class)
                : em.createQuery("SELECT e FROM CustomerEventEntity e WHERE e.createdBy = :m OR e.targetManager = :m OR EXISTS "
                        + "(SELECT i.id FROM EventInvitationEntity i WHERE i.eventId = e.id AND i.manager = :m) "
                        + "ORDER BY e.at DESC, e.id DESC", CustomerEventEntity.class).setParameter("m", visibleTo);
        return q.setMaxResults(max).getResultList();
    }

    /** An event's invitations by customer number. */
    public List<EventInvitationEntity> invitations(long eventId) {
        return em.createQuery("SELECT i FROM EventInvitationEntity i WHERE i.eventId = :e ORDER BY i.customerId",
                EventInvitationEntity.class).setParameter("e", eventId).getResultList();
    }

    public EventInvitationEntity invitation(long eventId, String customerId) {
        List<EventInvitationEntity> found = em.createQuery(
                "SELECT i FROM EventInvitationEntity i WHERE i.eventId = :e AND i.customerId = :c", EventInvitationEntity.class)
                .setParameter("e", eventId).setParameter("c", customerId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** The invitation as the database has it now (after conditional updates), or null. */
    public EventInvitationEntity freshInvitation(long eventId, String customerId) {
        EventInvitationEntity i = invitation(eventId, customerId);
        if (i != null) {
            em.refresh(i);
        }
        return i;
    }

    /** Sets the reply if it is still {@code expected} (null: none yet); false if it changed meanwhile. */
    public boolean reply(long invitationId, String expected, String reply, String by, long at) {
        String where = expected == null ? "i.reply IS NULL" : "i.reply = :x";
        var q = em.createQuery("UPDATE EventInvitationEntity i SET i.reply = :r, i.repliedBy = :b, i.repliedAt = :a WHERE i.id = :id AND "
                + where).setParameter("r", reply).setParameter("b", by).setParameter("a", at).setParameter("id", invitationId);
        if (expected != null) {
            q.setParameter("x", expected);
        }
        return q.executeUpdate() == 1;
    }

    /** Takes a seat if one is left; false when the event is full. */
    public boolean takeSeat(long eventId) {
        return em.createQuery("UPDATE CustomerEventEntity e SET e.accepted = e.accepted + 1 WHERE e.id = :id AND e.accepted < e.capacity")
                .setParameter("id", eventId).executeUpdate() == 1;
    }

    public void freeSeat(long eventId) {
        em.createQuery("UPDATE CustomerEventEntity e SET e.accepted = e.accepted - 1 WHERE e.id = :id AND e.accepted > 0")
                .setParameter("id", eventId).executeUpdate();
    }

    /** Records that the invitee came, once: false if it was already recorded. */
    public boolean attended(long invitationId, String by, long at) {
        return em.createQuery("UPDATE EventInvitationEntity i SET i.attended = TRUE, i.attendanceBy = :b, i.attendanceAt = :a "
                + "WHERE i.id = :id AND (i.attended IS NULL OR i.attended = FALSE)").setParameter("b", by).setParameter("a", at)
                .setParameter("id", invitationId).executeUpdate() == 1;
    }

    /** Records that the invitee did not come, unless their coming is already recorded; false then. */
    public boolean absent(long invitationId, String by, long at) {
        return em.createQuery("UPDATE EventInvitationEntity i SET i.attended = FALSE, i.attendanceBy = :b, i.attendanceAt = :a "
                + "WHERE i.id = :id AND (i.attended IS NULL OR i.attended = FALSE)").setParameter("b", by).setParameter("a", at)
                .setParameter("id", invitationId).executeUpdate() == 1;
    }

    /** Records the follow-up of an attendee, once: false if it was already recorded (or they did not attend). */
    public boolean followedUp(long invitationId, String by, long at) {
        return em.createQuery("UPDATE EventInvitationEntity i SET i.followedUpAt = :a, i.followedUpBy = :b "
                + "WHERE i.id = :id AND i.attended = TRUE AND i.followedUpAt IS NULL").setParameter("b", by).setParameter("a", at)
                .setParameter("id", invitationId).executeUpdate() == 1;
    }

    /**
     * Attendees not followed up yet, of events held on or before {@code lastDay}, with their event
     * (the caller keeps those of one book: few rows, as each is soon followed up).
     */
    public List<Object[]> toFollowUp(LocalDate lastDay) {
        return em.createQuery("SELECT i, e FROM EventInvitationEntity i, CustomerEventEntity e WHERE i.eventId = e.id "
                + "AND i.attended = TRUE AND i.followedUpAt IS NULL AND e.day <= :d ORDER BY e.day, e.id, i.customerId",
                Object[].class).setParameter("d", lastDay).getResultList();
    }

    /** One customer's attended invitations not followed up yet, of events up to {@code lastDay}. */
    public List<Object[]> toFollowUp(LocalDate lastDay, String customerId) {
        return em.createQuery("SELECT i, e FROM EventInvitationEntity i, CustomerEventEntity e WHERE i.eventId = e.id "
                + "AND i.customerId = :c AND i.attended = TRUE AND i.followedUpAt IS NULL AND e.day <= :d ORDER BY e.day, e.id",
                Object[].class).setParameter("d", lastDay).setParameter("c", customerId).getResultList();
    }
}
