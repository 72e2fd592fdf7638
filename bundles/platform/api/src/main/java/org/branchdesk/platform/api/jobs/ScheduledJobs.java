package org.branchdesk.platform.api.jobs;

import java.time.Duration;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Leases of scheduled jobs, kept by the database that the runtimes of a branch share. Every
 * runtime runs the same scheduled components; each asks {@link #claim} before a run and does the
 * work only when it returns {@code true}, so that the work is done by one runtime at a time.
 *
 * <p>A lease belongs to this runtime from its start to its stop (a new holder id every start). The
 * holder renews its own lease at each claim; another runtime gets it only once it has lapsed, so a
 * runtime that stops or dies hands its jobs over after at most {@code hold}.
 */
@ProviderType
public interface ScheduledJobs {

    /** The longest job name. */
    int NAME_MAX = 100;

    /**
     * Claims the job for this runtime for {@code hold} from now.
     *
     * @param job  the job's name, e.g. {@code complaint.escalation}; at most {@link #NAME_MAX} characters
     * @param hold how long the lease lasts; about the job's interval
     * @return {@code true} when this runtime holds the lease now and may run the job; {@code false}
     *         when another runtime holds it
     */
    boolean claim(String job, Duration hold);

    /** Gives up this runtime's lease of the job, if it holds it, so that any runtime may claim it at once. */
    void release(String job);
}
