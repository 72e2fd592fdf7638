package org.branchdesk.customer.impl.internal.segmentation;

import org.branchdesk.customer.api.Segment;

/** A customer's segment, and whether they are premium only with their assets at other banks. */
public record Classification(Segment segment, boolean potentialPremium) {
}
