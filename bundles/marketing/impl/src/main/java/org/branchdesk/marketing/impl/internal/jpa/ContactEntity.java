package org.branchdesk.marketing.impl.internal.jpa;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/**
 * One contact attempt of a campaign. {@code RANK} is the outcome's place in the funnel (its
 * ordinal), so that the furthest a target went is a {@code MAX}; {@code MANAGER} is the target's
 * manager at launch, whom the funnel counts it for.
 */
@Entity
@Table(name = ContactEntity.TABLE, indexes = { @Index(name = "BD_MKT_CONTACT_CUSTOMER", columnList = ContactEntity.CUSTOMER_ID + ", " + ContactEntity.AT),
        @Index(name = "BD_MKT_CONTACT_CAMPAIGN", columnList = ContactEntity.CAMPAIGN_ID + ", " + ContactEntity.CUSTOMER_ID),
        @Index(name = "BD_MKT_CONTACT_AT", columnList = ContactEntity.AT) })
public class ContactEntity {

    public static final String TABLE = "BD_MKT_CONTACT";
    public static final String CAMPAIGN_ID = "CAMPAIGN_ID", CUSTOMER_ID = "CUSTOMER_ID", AT = "AT_MILLIS", RANK = "OUTCOME_RANK",
            MANAGER = "MANAGER", AMOUNT = "AMOUNT", OUTCOME = "OUTCOME", STAFF = "STAFF";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public long id;

    @Column(name = CAMPAIGN_ID, nullable = false)
    public long campaignId;

    @Column(name = CUSTOMER_ID, length = 32, nullable = false)
    public String customerId;

    @Column(name = STAFF, length = 64, nullable = false)
    public String staff;

    @Column(name = MANAGER, length = 32)
    public String manager;

    @Column(name = "CHANNEL", length = 16, nullable = false)
    public String channel;

    @Column(name = OUTCOME, length = 16, nullable = false)
    public String outcome;

    @Column(name = RANK, nullable = false)
    public int rank;

    @Column(name = "PRODUCT_CODE", length = 32)
    public String productCode;

    @Column(name = AMOUNT, precision = 19, scale = 2)
    public BigDecimal amount;

    @Column(name = AT, nullable = false)
    public long at;

    @Column(name = "INTERACTION_ID", nullable = false)
    public long interactionId;
}
