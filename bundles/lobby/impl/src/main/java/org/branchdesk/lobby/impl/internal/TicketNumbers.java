package org.branchdesk.lobby.impl.internal;

import org.branchdesk.lobby.api.ServicePoint;

/** How a ticket is numbered: the service point's letter and the queue's daily number (V003). */
final class TicketNumbers {

    /** A ticket number's letter, by service point. */
    private static final String TICKET_LETTERS = "MVPABSRF";

    private TicketNumbers() {
    }

    /** The queue's series of {@link org.branchdesk.platform.persistence.DailyNumbers}. */
    static String sequence(ServicePoint point) {
        return "lobby.ticket." + point.name();
    }

    /** The point's letter and at least three digits: V003. */
    static String format(ServicePoint point, long number) {
        return String.format("%s%03d", TICKET_LETTERS.charAt(point.ordinal()), number);
    }

    /** The daily number of a stored ticket number (B003: 3), 0 when it is not one. */
    static long numberOf(String ticket) {
        String digits = ticket.length() < 2 ? "" : ticket.substring(1);
        return !digits.isEmpty() && digits.length() < 19 && digits.chars().allMatch(Character::isDigit) ? Long.parseLong(digits) : 0;
    }
}
