package org.branchdesk.customer.impl.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** One run of the allocation rules; its assignments name it in {@link AssignmentEntity#runId}. */
@Entity
@Table(name = AllocationRunEntity.TABLE)
public class AllocationRunEntity {

    public static final String TABLE = "BD_ALLOCATION_RUN";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public long id;

    @Column(name = "AT_MILLIS", nullable = false)
    public long atMillis;

    @Column(name = "RUN_TRIGGER", length = 16, nullable = false)
    public String trigger;

    @Column(name = "STARTED_BY", length = 32, nullable = false)
    public String startedBy;

    @Column(name = "ALLOCATED", nullable = false)
    public int allocated;

    @Column(name = "UNASSIGNED", nullable = false)
    public int unassigned;

    /** Customers given to each manager, as "cm.li=12,cm.wang=3". */
    @Column(name = "BY_MANAGER", length = 16000, nullable = false)
    public String byManager;

    /** Customers given by each rule, as "LEAD_FOLLOWER=2,LEAST_LOADED=13". */
    @Column(name = "BY_RULE", length = 1000, nullable = false)
    public String byRule;
}
