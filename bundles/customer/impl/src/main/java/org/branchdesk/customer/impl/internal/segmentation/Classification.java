package org.branchdesk.customer.impl.internal.segmentation;

import org.branchdesk.customer.api.Segment;

/**
 * A customer's segment, and whether they are a potential premium customer (潜在优质客户): below
 * the premium bar here, above it once their assets at other banks are added.
 */
public record Classification(Segment segment, boolean potentialPremium) {
}
