package org.branchdesk.counter.api;

import java.time.LocalDate;

import org.branchdesk.platform.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/** The counters' figures, for the centre head and the operations supervisor. */
@ProviderType
public interface CounterFigures {

    /** Requests submitted between the two days (inclusive, at most 366 days). */
    CounterReport report(LocalDate from, LocalDate to, Caller caller);
}
