package org.branchdesk.customer.impl.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** One re-segmentation of every customer. */
@Entity
@Table(name = "BD_SEGMENTATION_RUN")
public class SegmentationRunEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public long id;

    @Column(name = "QUARTER", length = 7, nullable = false)
    public String quarter;

    @Column(name = "STARTED_AT", nullable = false)
    public long startedAt;

    @Column(name = "FINISHED_AT", nullable = false)
    public long finishedAt;

    @Column(name = "STARTED_BY", length = 32, nullable = false)
    public String startedBy;

    @Column(name = "DAYS_IN_QUARTER", nullable = false)
    public int daysInQuarter;

    @Column(name = "DAYS_WITH_BALANCES", nullable = false)
    public int daysWithBalances;

    @Column(name = "CUSTOMERS", nullable = false)
    public int customers;

    @Column(name = "CHANGED", nullable = false)
    public int changed;

    /** Customers per segment after the run, as "PRIVATE=1,HIGH=4,...". */
    @Column(name = "BY_SEGMENT", length = 200, nullable = false)
    public String bySegment;

    @Column(name = "POTENTIAL_PREMIUM", nullable = false)
    public int potentialPremium;
}
