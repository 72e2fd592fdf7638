package org.branchdesk.complaint.impl.internal;

import org.branchdesk.complaint.api.Status;

/** One step a rule took, for the complaint's history: what was done, the status before and after, and why. */
record Step(String action, Status from, Status to, String note) {
}
