package org.branchdesk.customer.api;

import java.time.Instant;

/**
 * A contact to record. Required: {@code channel} and {@code purpose}.
 *
 * @param at      when it happened; null means now. Never in the future, at most 31 days back
 * @param purpose what it was for, e.g. {@code birthday care}, {@code product maturity} (at most 100 characters)
 * @param outcome what came of it (at most 200 characters), or null
 * @param note    free text (at most 1,000 characters), or null
 * @since 2.1
 */
public record InteractionInput(Channel channel, Instant at, String purpose, String outcome, String note) {
}
