package org.branchdesk.customer.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One customer of a manager's book. Only the manager themself and the centre head read a book;
 * it carries the birth date because a manager sees their own customers in full.
 *
 * @param managerSince  when the customer's open assignment to this manager began
 * @param premiumSince  the day the customer's segment last became premium (a segmentation run), or null
 * @since 2.1
 */
public record BookEntry(String customerId, String name, Segment segment, BigDecimal averageAssets, LocalDate birthDate,
        Instant managerSince, LocalDate premiumSince) {
}
