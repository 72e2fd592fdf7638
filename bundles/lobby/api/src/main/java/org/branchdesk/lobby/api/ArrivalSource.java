package org.branchdesk.lobby.api;

/** Where a customer was identified: the lobby, or a counter (tellers identify premium customers too). */
public enum ArrivalSource {
    LOBBY,
    CASH_COUNTER,
    NON_CASH_COUNTER
}
