package org.branchdesk.complaint.api;

import java.time.Instant;
import java.util.Map;

/**
 * Figures for the complaints received in a period.
 *
 * @param overdueRate           share of complaints that missed a deadline (0 to 1)
 * @param meanHoursToAcknowledge mean over acknowledged complaints, or null if none
 * @param p90HoursToResolve      90th percentile over resolved complaints, or null if none
 * @param repeatComplainants     customers with more than one complaint in the period
 */
public record ComplaintStats(Instant from, Instant to, int total, Map<Category, Integer> byCategory, Map<Channel, Integer> byChannel,
        Map<Severity, Integer> bySeverity, Map<Status, Integer> byStatus, double overdueRate, Double meanHoursToAcknowledge,
        Double p90HoursToAcknowledge, Double meanHoursToResolve, Double p90HoursToResolve, Map<String, Integer> repeatComplainants) {
}
