package org.branchdesk.complaint.api;

/** How serious; decides the deadlines. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
