package org.branchdesk.complaint.impl.internal.jpa;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

import org.branchdesk.complaint.api.Category;
import org.branchdesk.complaint.api.Channel;
import org.branchdesk.complaint.api.EscalationLevel;
import org.branchdesk.complaint.api.Severity;
import org.branchdesk.complaint.api.Status;

/** A complaint; times are epoch milliseconds. */
@Entity
// a customer's latest complaints straight from BD_COMPLAINT_LATEST: an ORDER BY the index gives needs no sort
@Table(name = ComplaintEntity.TABLE, indexes = {
        @Index(name = "BD_COMPLAINT_LATEST", columnList = ComplaintEntity.CUSTOMER_ID + ", " + ComplaintEntity.ID + " DESC"),
        @Index(name = "BD_COMPLAINT_STATUS", columnList = ComplaintEntity.STATUS),
        @Index(name = "BD_COMPLAINT_DAY", columnList = ComplaintEntity.DAY) })
public class ComplaintEntity {

    /** The table's name, declared once: native SQL and index definitions name it through this constant, never as a literal. */
    public static final String TABLE = "BD_COMPLAINT";
    /** Columns that indexes and constraints name. */
    public static final String ID = "ID", REFERENCE = "REFERENCE", CUSTOMER_ID = "CUSTOMER_ID", STATUS = "STATUS", DAY = "DAY";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = ID)
    public long id;

    @Column(name = REFERENCE, length = 24, nullable = false, unique = true)
    public String reference;

    @Column(name = CUSTOMER_ID, length = 32)
    public String customerId;

    @Column(name = "CONTACT_NAME", length = 100)
    public String contactName;

    @Column(name = "CONTACT_PHONE", length = 20)
    public String contactPhone;

    @Enumerated(EnumType.STRING)
    @Column(name = "CHANNEL", length = 16, nullable = false)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "CATEGORY", length = 20, nullable = false)
    public Category category;

    @Enumerated(EnumType.STRING)
    @Column(name = "SEVERITY", length = 10, nullable = false)
    public Severity severity;

    @Column(name = "DESCRIPTION", length = 2000, nullable = false)
    public String description;

    @Column(name = "DESIRED_OUTCOME", length = 1000)
    public String desiredOutcome;

    @Enumerated(EnumType.STRING)
    @Column(name = STATUS, length = 20, nullable = false)
    public Status status;

    @Enumerated(EnumType.STRING)
    @Column(name = "LEVEL", length = 28, nullable = false)
    public EscalationLevel level;

    @Column(name = "ASSIGNEE", length = 32)
    public String assignee;

    @Column(name = "RECEIVED_BY", length = 32, nullable = false)
    public String receivedBy;

    @Column(name = DAY, nullable = false)
    public LocalDate day;

    @Column(name = "RECEIVED_AT", nullable = false)
    public long receivedAt;

    @Column(name = "ACKNOWLEDGE_BY", nullable = false)
    public long acknowledgeBy;

    @Column(name = "RESOLVE_BY", nullable = false)
    public long resolveBy;

    @Column(name = "ACKNOWLEDGED_AT")
    public Long acknowledgedAt;

    @Column(name = "RESOLVED_AT")
    public Long resolvedAt;

    @Column(name = "CLOSED_AT")
    public Long closedAt;

    @Column(name = "OVERDUE", nullable = false)
    public boolean overdue;

    @Column(name = "RESOLUTION", length = 2000)
    public String resolution;

    @Column(name = "REMEDY", length = 1000)
    public String remedy;

    @Column(name = "SATISFIED")
    public Boolean satisfied;
}
