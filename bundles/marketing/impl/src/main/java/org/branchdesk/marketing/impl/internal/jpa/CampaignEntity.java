package org.branchdesk.marketing.impl.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

/**
 * A campaign. Its status changes only by conditional updates ({@link CampaignStore#launch},
 * {@link CampaignStore#close}) so that one runtime wins a launch. Times are epoch milliseconds;
 * the target criteria are kept as {@code TargetCodec} text.
 */
@Entity
@Table(name = CampaignEntity.TABLE, indexes = @Index(name = "BD_MKT_CAMPAIGN_STATUS", columnList = CampaignEntity.STATUS + ", " + CampaignEntity.LAUNCH_AT))
public class CampaignEntity {

    public static final String TABLE = "BD_MKT_CAMPAIGN";
    public static final String ID = "ID", STATUS = "STATUS", LAUNCH_AT = "LAUNCH_AT", LAUNCHED_AT = "LAUNCHED_AT",
            LAUNCHED_BY = "LAUNCHED_BY", TARGETS = "TARGETS", CLOSED_AT = "CLOSED_AT", NAME = "NAME";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = ID)
    public long id;

    @Column(name = NAME, length = 100, nullable = false)
    public String name;

    @Column(name = "PURPOSE", length = 1000)
    public String purpose;

    /** Channel names joined by ','. */
    @Column(name = "CHANNELS", length = 200, nullable = false)
    public String channels;

    @Column(name = "TARGET", length = 1000, nullable = false)
    public String target;

    @Column(name = "PRODUCT_CODE", length = 32)
    public String productCode;

    @Column(name = "ENDS_ON")
    public java.time.LocalDate endsOn;

    @Column(name = STATUS, length = 12, nullable = false)
    public String status;

    @Column(name = "CREATED_BY", length = 64, nullable = false)
    public String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    public long createdAt;

    @Column(name = LAUNCH_AT)
    public Long launchAt;

    @Column(name = LAUNCHED_AT)
    public Long launchedAt;

    @Column(name = LAUNCHED_BY, length = 64)
    public String launchedBy;

    @Column(name = TARGETS, nullable = false)
    public int targets;

    @Column(name = CLOSED_AT)
    public Long closedAt;
}
