package org.branchdesk.marketing.impl.internal.jpa;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

import org.branchdesk.marketing.api.PlanStatus;

/**
 * One version of a customer's financial plan. The UNIQUE (customer, number, version) keeps two
 * drafts or two revisions written at the same moment from taking the same place; the status
 * changes are conditional updates ({@link PlanStore}). Goals and allocation are small fixed lists
 * (at most five goals, nine categories), kept as text: {@code GOAL:amount:years;...} and
 * {@code CATEGORY=percent;...}. Times are epoch milliseconds.
 */
@Entity
@Table(name = PlanEntity.TABLE, uniqueConstraints = @UniqueConstraint(name = "BD_MKT_PLAN_VERSION", columnNames = {
        PlanEntity.CUSTOMER_ID, PlanEntity.NUMBER, PlanEntity.VERSION }),
        indexes = @Index(name = "BD_MKT_PLAN_CUSTOMER", columnList = PlanEntity.CUSTOMER_ID + ", " + PlanEntity.STATUS))
public class PlanEntity {

    public static final String TABLE = "BD_MKT_PLAN";
    public static final String CUSTOMER_ID = "CUSTOMER_ID", NUMBER = "PLAN_NUMBER", VERSION = "VERSION", STATUS = "STATUS";
    public static final int NOTE_LENGTH = 2000, DECISION_NOTE_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public long id;

    @Column(name = CUSTOMER_ID, length = 32, nullable = false)
    public String customerId;

    @Column(name = NUMBER, nullable = false)
    public long number;

    @Column(name = VERSION, nullable = false)
    public int version;

    @Enumerated(EnumType.STRING)
    @Column(name = STATUS, length = 12, nullable = false)
    public PlanStatus status;

    @Column(name = "GOALS", length = 400, nullable = false)
    public String goals;

    @Column(name = "ALLOCATION", length = 400, nullable = false)
    public String allocation;

    @Column(name = "TOTAL", precision = 19, scale = 2, nullable = false)
    public BigDecimal total;

    @Column(name = "NOTE", length = NOTE_LENGTH)
    public String note;

    @Column(name = "CREATED_BY", length = 32, nullable = false)
    public String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    public long createdAt;

    @Column(name = "PRESENTED_AT")
    public Long presentedAt;

    @Column(name = "DECIDED_AT")
    public Long decidedAt;

    @Column(name = "DECISION_BY", length = 32)
    public String decisionBy;

    @Column(name = "DECISION_NOTE", length = DECISION_NOTE_LENGTH)
    public String decisionNote;

    /** The version that replaced this one, once superseded. */
    @Column(name = "SUPERSEDED_BY")
    public Long supersededBy;
}
