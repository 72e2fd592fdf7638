package org.branchdesk.lobby.api;

import java.util.List;

/**
 * A live view of one service point's queue.
 *
 * @param longestWaitSeconds how long the oldest waiting ticket has waited
 */
public record QueueView(ServicePoint servicePoint, int waiting, long longestWaitSeconds, List<WaitingTicket> tickets,
        List<Ticket> called) {

    /** A waiting ticket and how long it has waited. */
    public record WaitingTicket(Ticket ticket, long waitSeconds) {
    }
}
