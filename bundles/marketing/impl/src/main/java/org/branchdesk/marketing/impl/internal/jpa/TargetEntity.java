package org.branchdesk.marketing.impl.internal.jpa;

import java.io.Serializable;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Index;
import javax.persistence.Table;

/**
 * A customer of a campaign's frozen target list, with the manager who owned them at launch. The
 * key (campaign, customer) is what keeps a customer in a campaign at most once, whoever inserts;
 * rows are written in JDBC batches at launch ({@link CampaignStore#insertTargets}).
 */
@Entity
// by customer: the view's active campaigns of one customer, without scanning every target list
@Table(name = TargetEntity.TABLE, indexes = { @Index(name = "BD_MKT_TARGET_MANAGER", columnList = TargetEntity.CAMPAIGN_ID + ", " + TargetEntity.MANAGER),
        @Index(name = "BD_MKT_TARGET_CUSTOMER", columnList = TargetEntity.CUSTOMER_ID) })
@IdClass(TargetEntity.Key.class)
public class TargetEntity {

    public static final String TABLE = "BD_MKT_TARGET";
    public static final String CAMPAIGN_ID = "CAMPAIGN_ID", CUSTOMER_ID = "CUSTOMER_ID", MANAGER = "MANAGER", SEGMENT = "SEGMENT";

    @Id
    @Column(name = CAMPAIGN_ID)
    public long campaignId;

    @Id
    @Column(name = CUSTOMER_ID, length = 32)
    public String customerId;

    @Column(name = MANAGER, length = 32)
    public String manager;

    @Column(name = SEGMENT, length = 16)
    public String segment;

    /** Composite key. */
    public record Key(long campaignId, String customerId) implements Serializable {
        public Key() {
            this(0, null);
        }
    }
}
