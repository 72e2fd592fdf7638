package org.branchdesk.counter.impl.internal.jpa;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/**
 * A counter service request. The database keeps the submission invariants: one request per
 * maker and client key ({@code BD_CTR_REQUEST_CLIENT_KEY}), and one pending request of the same
 * content ({@code PENDING_KEY}: a digest of type, customer, amount, currency and fields while
 * the request is pending, null after), so concurrent submissions leave one.
 */
@Entity
@Table(name = RequestEntity.TABLE, uniqueConstraints = {
        @UniqueConstraint(name = "BD_CTR_REQUEST_CLIENT_KEY", columnNames = { "MAKER", "CLIENT_KEY" }),
        @UniqueConstraint(name = "BD_CTR_REQUEST_PENDING_KEY", columnNames = { "PENDING_KEY" }) }, indexes = {
        @Index(name = "BD_CTR_REQUEST_STATUS", columnList = "STATUS,SUBMITTED_AT"),
        @Index(name = "BD_CTR_REQUEST_INBOX", columnList = "STATUS,PREMIUM,SUBMITTED_AT,ID"),
        @Index(name = "BD_CTR_REQUEST_CUSTOMER", columnList = "CUSTOMER_ID,SUBMITTED_AT"),
        @Index(name = "BD_CTR_REQUEST_MAKER", columnList = "MAKER,SUBMITTED_AT") })
public class RequestEntity {

    public static final String TABLE = "BD_CTR_REQUEST";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public long id;

    /** 1 on submission, one more with every change; approvals are of a version. */
    @Column(name = "VERSION", nullable = false)
    public int version;

    @Column(name = "REQUEST_TYPE", length = 32, nullable = false)
    public String type;

    @Column(name = "CUSTOMER_ID", length = 32, nullable = false)
    public String customerId;

    /** The customer was PRIVATE, HIGH or MID when submitted. */
    @Column(name = "PREMIUM", nullable = false)
    public boolean premium;

    @Column(name = "AMOUNT", precision = 19, scale = 2)
    public BigDecimal amount;

    @Column(name = "CURRENCY", length = 3)
    public String currency;

    /** The amount in the base currency at the configured rate when submitted or changed. */
    @Column(name = "BASE_AMOUNT", precision = 19, scale = 2)
    public BigDecimal baseAmount;

    /** The fields, encoded by {@code FieldCodec}. */
    @Column(name = "FIELDS", length = 4000, nullable = false)
    public String fields;

    @Column(name = "NOTE", length = 1000)
    public String note;

    @Column(name = "STATUS", length = 16, nullable = false)
    public String status;

    @Column(name = "MAKER", length = 64, nullable = false)
    public String maker;

    @Column(name = "CLIENT_KEY", length = 64)
    public String clientKey;

    @Column(name = "PENDING_KEY", length = 64)
    public String pendingKey;

    @Column(name = "SUBMITTED_AT", nullable = false)
    public long submittedAt;

    @Column(name = "CHANGED_AT", nullable = false)
    public long changedAt;

    @Column(name = "EXPIRES_AT", nullable = false)
    public long expiresAt;

    /** The policy's requirement, fixed at submission and at each change. */
    @Column(name = "AUTH_LEVEL", length = 16, nullable = false)
    public String level;

    @Column(name = "APPROVALS_NEEDED", nullable = false)
    public int approvalsNeeded;

    @Column(name = "BAND_FROM", precision = 19, scale = 2, nullable = false)
    public BigDecimal bandFrom;

    @Column(name = "POLICY_RULE", length = 200, nullable = false)
    public String rule;

    @Column(name = "TICKET_ID")
    public Long ticketId;

    /** When the ticket was called: service time runs from here. */
    @Column(name = "CALLED_AT")
    public Long calledAt;

    @Column(name = "DECIDED_BY", length = 64)
    public String decidedBy;

    @Column(name = "DECIDED_AT")
    public Long decidedAt;

    @Column(name = "REASON", length = 1000)
    public String reason;

    @Column(name = "CORE_REFERENCE", length = 64)
    public String coreReference;

    @Column(name = "COMPLETED_AT")
    public Long completedAt;
}
