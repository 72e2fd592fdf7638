package org.branchdesk.customer.api;

import org.branchdesk.platform.security.Caller;

/** What a view section is told: whose view, for whom. */
public record ViewContext(Customer customer, Caller caller) {
}
