package org.branchdesk.customer.api;

/** A section of the unified view as delivered: its id, title and JSON-serialisable content. */
public record ViewSection(String id, String title, Object content) {
}
