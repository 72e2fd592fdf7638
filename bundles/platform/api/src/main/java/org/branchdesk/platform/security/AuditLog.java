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

    /**
     * Records one read (or change). The entry is on disk before the caller's transaction scope
     * completes, or before this returns when there is no scope; a failure to write it fails the
     * scope. Call it before the data leaves the scope. The entry is not part of the caller's
     * transaction and stays if that rolls back, so the log may show an access whose result was
     * never shown, never the reverse.
     */
    void record(Caller actor, String customerId, String action, String detail);

    /**
     * Entries matching every non-null criterion, newest first, including every entry recorded
     * before the call.
     *
     * @param limit at most this many (1 to 1000)
     */
    List<AuditEntry> query(String actor, String customerId, Instant from, Instant to, int limit);
}
