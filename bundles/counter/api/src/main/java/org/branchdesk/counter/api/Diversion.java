package org.branchdesk.counter.api;

/**
 * The counter diversion rate (超柜分流): of the self-service-capable business the lobby received,
 * how much went to the machines rather than a counter. The bank's target is at least 90 %.
 *
 * @param toMachines arrivals for self-service-capable business sent to the self-service area
 * @param atCounter  self-service-capable business served at a counter: such arrivals sent to a
 *                   counter, and requests of self-service-capable types made at one
 * @param rate       toMachines / (toMachines + atCounter), 0 to 1; null when there was none
 */
public record Diversion(long toMachines, long atCounter, Double rate, double target) {
}
