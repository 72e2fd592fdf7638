package org.branchdesk.lobby.api;

import java.time.LocalDate;

/**
 * Where the lobby sent self-service-capable business over some days.
 *
 * @param toMachines arrivals for self-service business sent to the self-service area
 * @param toCounters such arrivals sent to a cash, non-cash or priority counter
 * @since 2.1
 */
public record SelfServiceGuidance(LocalDate from, LocalDate to, long toMachines, long toCounters) {
}
