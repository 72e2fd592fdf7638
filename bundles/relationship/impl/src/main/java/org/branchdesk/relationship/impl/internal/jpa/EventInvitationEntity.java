package org.branchdesk.relationship.impl.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/**
 * One customer invited to a customer event: their reply, whether they came, and whether their
 * manager followed them up. One row per event and customer, kept so by the database.
 */
@Entity
@Table(name = EventInvitationEntity.TABLE,
        uniqueConstraints = @UniqueConstraint(name = "BD_EVENT_INVITATION_C", columnNames = { "EVENT_ID", "CUSTOMER_ID" }),
        indexes = @Index(name = "BD_EVENT_INVITATION_F", columnList = "ATTENDED, FOLLOWED_UP_AT"))
public class EventInvitationEntity {

    /** The table's name, declared once. */
    public static final String TABLE = "BD_EVENT_INVITATION";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public long id;

    @Column(name = "EVENT_ID", nullable = false)
    public long eventId;

    @Column(name = "CUSTOMER_ID", length = 32, nullable = false)
    public String customerId;

    @Column(name = "CUSTOMER_NAME", length = 100)
    public String customerName;

    /** The customer's manager when invited. */
    @Column(name = "MANAGER", length = 32)
    public String manager;

    /** ACCEPTED, DECLINED, or null before a reply. */
    @Column(name = "REPLY", length = 10)
    public String reply;

    @Column(name = "REPLIED_BY", length = 32)
    public String repliedBy;

    @Column(name = "REPLIED_AT")
    public Long repliedAt;

    /** True: came; false: did not; null: not recorded yet. */
    @Column(name = "ATTENDED")
    public Boolean attended;

    @Column(name = "ATTENDANCE_BY", length = 32)
    public String attendanceBy;

    @Column(name = "ATTENDANCE_AT")
    public Long attendanceAt;

    @Column(name = "FOLLOWED_UP_AT")
    public Long followedUpAt;

    @Column(name = "FOLLOWED_UP_BY", length = 32)
    public String followedUpBy;
}
