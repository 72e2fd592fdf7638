package org.branchdesk.relationship.impl.internal.jpa;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/**
 * A care event the manager has recorded as done: it hides the task. One row per customer and
 * ref, kept so by the database, so that two clicks (or two runtimes) record the care once.
 */
@Entity
@Table(name = CareDoneEntity.TABLE, uniqueConstraints = @UniqueConstraint(name = "BD_CARE_DONE_REF", columnNames = { "CUSTOMER_ID", "REF" }),
        indexes = @Index(name = "BD_CARE_DONE_DAY", columnList = "DAY"))
public class CareDoneEntity {

    /** The table's name, declared once. */
    public static final String TABLE = "BD_CARE_DONE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public long id;

    @Column(name = "CUSTOMER_ID", length = 32, nullable = false)
    public String customerId;

    /** The task's ref, e.g. {@code care/BIRTHDAY/2026-12-10}. */
    @Column(name = "REF", length = 40, nullable = false)
    public String ref;

    /** The day of the care event, so that a window's done rows are read by day. */
    @Column(name = "DAY", nullable = false)
    public LocalDate day;

    @Column(name = "DONE_BY", length = 32, nullable = false)
    public String doneBy;

    @Column(name = "DONE_AT", nullable = false)
    public long doneAt;

    /** The contact recorded in the customer's interaction log. */
    @Column(name = "INTERACTION_ID")
    public Long interactionId;
}
