package org.branchdesk.marketing.impl.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/** A customer's opt-out of marketing: a channel or all (null), a campaign or all (null); kept when withdrawn. */
@Entity
@Table(name = OptOutEntity.TABLE, indexes = @Index(name = "BD_MKT_OPTOUT_CUSTOMER", columnList = OptOutEntity.CUSTOMER_ID))
public class OptOutEntity {

    public static final String TABLE = "BD_MKT_OPTOUT";
    public static final String CUSTOMER_ID = "CUSTOMER_ID";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public long id;

    @Column(name = CUSTOMER_ID, length = 32, nullable = false)
    public String customerId;

    @Column(name = "CHANNEL", length = 16)
    public String channel;

    @Column(name = "CAMPAIGN_ID")
    public Long campaignId;

    @Column(name = "RECORDED_BY", length = 64, nullable = false)
    public String recordedBy;

    @Column(name = "AT_MILLIS", nullable = false)
    public long at;

    @Column(name = "NOTE", length = 1000)
    public String note;

    @Column(name = "WITHDRAWN_AT")
    public Long withdrawnAt;

    @Column(name = "WITHDRAWN_BY", length = 64)
    public String withdrawnBy;
}
