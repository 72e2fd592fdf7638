package org.branchdesk.customer.api;

import java.util.List;

import org.branchdesk.platform.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/** Classifies customers by the average daily financial assets of a quarter. */
@ProviderType
public interface SegmentationService {

    /**
     * Re-segments every customer from the given quarter ({@code 2026-Q3}), which must have
     * ended, and records each change in the customers' segment history. Running the same
     * quarter again changes nothing.
     */
    SegmentationRun run(String quarter, Caller caller);

    /** Past runs, newest first. */
    List<SegmentationRun> runs(int limit);

    /**
     * A customer's segment changes, newest first, for staff who may read customers. Not audited
     * by itself: it is read as part of the view or next to an audited read of the customer.
     *
     * @throws org.branchdesk.platform.api.ForbiddenException for a caller who may not read customers
     * @since 2.0
     */
    List<SegmentChange> history(String customerId, int limit, Caller caller);

    /** What a segment entitles a customer to. */
    Entitlements entitlements(Segment segment);
}
