package org.branchdesk.platform.security;

import java.time.Instant;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Append-only record of who read which customer's data. Entries are never changed or
 * removed; there is no API to do so.
 */
@ProviderType
public interface AuditLog {

    /** Records one read. Joins the caller's transaction when there is one. */
    void record(Caller actor, String customerId, String action, String detail);

    /**
     * Entries matching every non-null criterion, newest first.
     *
     * @param limit at most this many (1 to 1000)
     */
    List<AuditEntry> query(String actor, String customerId, Instant from, Instant to, int limit);
}
