package org.branchdesk.complaint.api;

import java.time.Instant;

/** One step in a complaint's append-only history. */
public record HistoryEntry(Instant at, String actor, String action, Status from, Status to, String note) {
}
