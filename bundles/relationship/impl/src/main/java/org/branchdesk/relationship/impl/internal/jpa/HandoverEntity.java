package org.branchdesk.relationship.impl.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/**
 * One handover: opened once per change of manager (the UNIQUE assignment number makes a second
 * insert, by another runtime or by the catch-up after the event, fail and be ignored). Times are
 * epoch milliseconds.
 */
@Entity
@Table(name = HandoverEntity.TABLE, indexes = { @Index(name = "BD_HANDOVER_SUCCESSOR", columnList = HandoverEntity.SUCCESSOR + ", " + HandoverEntity.STATUS),
                @Index(name = "BD_HANDOVER_CUSTOMER", columnList = HandoverEntity.CUSTOMER_ID + ", " + HandoverEntity.STATUS),
                @Index(name = "BD_HANDOVER_DEADLINE", columnList = HandoverEntity.STATUS + ", " + HandoverEntity.DEADLINE) })
public class HandoverEntity {

    /** The table's name, declared once. */
    public static final String TABLE = "BD_HANDOVER";
    /** Columns that indexes and constraints name. */
    public static final String ASSIGNMENT_ID = "ASSIGNMENT_ID", CUSTOMER_ID = "CUSTOMER_ID", SUCCESSOR = "SUCCESSOR", STATUS = "STATUS",
            DEADLINE = "DEADLINE";

    /** Where a handover stands. */
    public enum Status {
        /** Waiting for the successor's notices and first contact. */
        OPEN,
        /** All three recorded. */
        COMPLETE,
        /** The customer changed manager again before it was complete. */
        SUPERSEDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public long id;

    @Column(name = ASSIGNMENT_ID, nullable = false, unique = true)
    public long assignmentId;

    @Column(name = CUSTOMER_ID, length = 32, nullable = false)
    public String customerId;

    @Column(name = "PREDECESSOR", length = 32, nullable = false)
    public String predecessor;

    @Column(name = SUCCESSOR, length = 32, nullable = false)
    public String successor;

    @Column(name = "REASON", length = 20)
    public String reason;

    @Column(name = "OPENED_AT", nullable = false)
    public long openedAt;

    @Column(name = DEADLINE, nullable = false)
    public long deadline;

    @Enumerated(EnumType.STRING)
    @Column(name = STATUS, length = 12, nullable = false)
    public Status status;

    @Column(name = "ORAL_AT")
    public Long oralAt;

    @Column(name = "ORAL_HOW", length = 16)
    public String oralHow;

    @Column(name = "ORAL_NOTE", length = NOTE_LENGTH)
    public String oralNote;

    @Column(name = "WRITTEN_AT")
    public Long writtenAt;

    @Column(name = "WRITTEN_HOW", length = 16)
    public String writtenHow;

    @Column(name = "WRITTEN_NOTE", length = NOTE_LENGTH)
    public String writtenNote;

    @Column(name = "CONTACT_AT")
    public Long contactAt;

    @Column(name = "CONTACT_CHANNEL", length = 16)
    public String contactChannel;

    @Column(name = "CONTACT_NOTE", length = NOTE_LENGTH)
    public String contactNote;

    @Column(name = "COMPLETED_AT")
    public Long completedAt;

    @Column(name = "SUPERSEDED_AT")
    public Long supersededAt;

    /** The assignment that superseded this handover's. */
    @Column(name = "SUPERSEDED_BY")
    public Long supersededBy;

    /** When the scheduled check raised it, overdue, to the centre head; set once. */
    @Column(name = "ESCALATED_AT")
    public Long escalatedAt;

    /** The longest note of a step, the interaction log's. */
    public static final int NOTE_LENGTH = 1000;
}
