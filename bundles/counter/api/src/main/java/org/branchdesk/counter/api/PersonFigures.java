package org.branchdesk.counter.api;

/**
 * One member of staff's figures: for a maker, {@code requests} submitted of which
 * {@code completed} and {@code rejected}; for a checker, {@code approved} and {@code rejected}.
 */
public record PersonFigures(String username, long requests, long approved, long completed, long rejected) {
}
