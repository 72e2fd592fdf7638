package org.branchdesk.platform.core.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.branchdesk.platform.api.jobs.ScheduledJobs;

/**
 * The lease of one scheduled job ({@link JpaScheduledJobs}): which runtime holds it, and until
 * when (epoch millis). The primary key makes the first claim of a job a race that one runtime wins.
 */
@Entity
@Table(name = JobLeaseEntity.TABLE)
public class JobLeaseEntity {

    static final String TABLE = "BD_JOB_LEASE";

    @Id
    @Column(name = "JOB_NAME", length = ScheduledJobs.NAME_MAX)
    public String name;

    @Column(name = "HOLDER", length = 36, nullable = false)
    public String holder;

    @Column(name = "UNTIL_MS", nullable = false)
    public long until;
}
