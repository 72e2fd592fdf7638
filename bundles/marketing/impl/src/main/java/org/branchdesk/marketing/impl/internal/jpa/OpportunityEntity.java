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

import org.branchdesk.marketing.api.OpportunitySource;
import org.branchdesk.marketing.api.OpportunityStage;

/**
 * An opportunity. The UNIQUE (source, source ref) is what keeps one lead, referral or campaign
 * contact from opening two opportunities, however many runtimes try at once (a hand-entered one
 * has no ref: NULLs do not collide). The credit is fixed when it is won, with the split then in
 * force. Times are epoch milliseconds.
 */
@Entity
@Table(name = OpportunityEntity.TABLE, uniqueConstraints = @UniqueConstraint(name = "BD_MKT_OPPORTUNITY_SOURCE", columnNames = {
        OpportunityEntity.SOURCE, OpportunityEntity.SOURCE_REF }),
        indexes = { @Index(name = "BD_MKT_OPPORTUNITY_MANAGER", columnList = OpportunityEntity.MANAGER + ", " + OpportunityEntity.STAGE),
                @Index(name = "BD_MKT_OPPORTUNITY_CUSTOMER", columnList = OpportunityEntity.CUSTOMER_ID + ", " + OpportunityEntity.STAGE),
                @Index(name = "BD_MKT_OPPORTUNITY_CLOSED", columnList = OpportunityEntity.STAGE + ", " + OpportunityEntity.CLOSED_AT) })
public class OpportunityEntity {

    public static final String TABLE = "BD_MKT_OPPORTUNITY";
    public static final String CUSTOMER_ID = "CUSTOMER_ID", SOURCE = "SOURCE", SOURCE_REF = "SOURCE_REF", MANAGER = "MANAGER",
            STAGE = "STAGE", CLOSED_AT = "CLOSED_AT";
    public static final int NOTE_LENGTH = 1000, REASON_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public long id;

    @Column(name = CUSTOMER_ID, length = 32, nullable = false)
    public String customerId;

    @Column(name = "PRODUCT_CODE", length = 32, nullable = false)
    public String productCode;

    @Column(name = "EXPECTED_AMOUNT", precision = 19, scale = 2)
    public BigDecimal expectedAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = STAGE, length = 10, nullable = false)
    public OpportunityStage stage;

    @Enumerated(EnumType.STRING)
    @Column(name = SOURCE, length = 10, nullable = false)
    public OpportunitySource source;

    @Column(name = SOURCE_REF)
    public Long sourceRef;

    @Column(name = MANAGER, length = 32, nullable = false)
    public String manager;

    @Column(name = "REFERRER", length = 32)
    public String referrer;

    @Column(name = "NOTE", length = NOTE_LENGTH)
    public String note;

    @Column(name = "CREATED_BY", length = 32, nullable = false)
    public String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    public long createdAt;

    @Column(name = CLOSED_AT)
    public Long closedAt;

    @Column(name = "WON_AMOUNT", precision = 19, scale = 2)
    public BigDecimal wonAmount;

    @Column(name = "LOST_REASON", length = REASON_LENGTH)
    public String lostReason;

    /** The manager's credit, fixed when won. */
    @Column(name = "MANAGER_CREDIT", precision = 19, scale = 2)
    public BigDecimal managerCredit;

    /** The referrer's credit, fixed when won (null without a referrer). */
    @Column(name = "REFERRER_CREDIT", precision = 19, scale = 2)
    public BigDecimal referrerCredit;
}
