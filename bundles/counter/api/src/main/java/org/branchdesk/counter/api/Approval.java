package org.branchdesk.counter.api;

import java.time.Instant;

/** One checker's approval of one version of a request. */
public record Approval(String checker, int version, Instant at) {
}
