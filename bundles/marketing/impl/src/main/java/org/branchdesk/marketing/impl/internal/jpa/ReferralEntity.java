package org.branchdesk.marketing.impl.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

import org.branchdesk.marketing.api.ReferralKind;
import org.branchdesk.marketing.api.ReferralStatus;

/**
 * A referral (转介). It leaves OPEN once, by a conditional update: converted into one opportunity or
 * declined. Times are epoch milliseconds.
 */
@Entity
@Table(name = ReferralEntity.TABLE, indexes = {
        @Index(name = "BD_MKT_REFERRAL_TO", columnList = ReferralEntity.TO_MANAGER + ", " + ReferralEntity.STATUS),
        @Index(name = "BD_MKT_REFERRAL_BY", columnList = ReferralEntity.REFERRED_BY + ", " + ReferralEntity.STATUS) })
public class ReferralEntity {

    public static final String TABLE = "BD_MKT_REFERRAL";
    public static final String TO_MANAGER = "TO_MANAGER", REFERRED_BY = "REFERRED_BY", STATUS = "STATUS";
    public static final int NOTE_LENGTH = 1000, REASON_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 10, nullable = false)
    public ReferralKind kind;

    @Column(name = "CUSTOMER_ID", length = 32, nullable = false)
    public String customerId;

    @Column(name = "INTRODUCING_CUSTOMER", length = 32)
    public String introducingCustomer;

    @Column(name = REFERRED_BY, length = 32, nullable = false)
    public String referredBy;

    @Column(name = TO_MANAGER, length = 32, nullable = false)
    public String toManager;

    @Column(name = "NOTE", length = NOTE_LENGTH)
    public String note;

    @Enumerated(EnumType.STRING)
    @Column(name = STATUS, length = 10, nullable = false)
    public ReferralStatus status;

    @Column(name = "CREATED_AT", nullable = false)
    public long createdAt;

    @Column(name = "OPPORTUNITY_ID")
    public Long opportunityId;

    @Column(name = "DECLINED_AT")
    public Long declinedAt;

    @Column(name = "DECLINED_BY", length = 32)
    public String declinedBy;

    @Column(name = "DECLINE_REASON", length = REASON_LENGTH)
    public String declineReason;
}
