package org.branchdesk.lobby.api;

import java.time.LocalDate;
import java.util.Map;

/**
 * The daily lobby record (大堂经理日志), computed from the day's arrivals.
 *
 * @param premiumReceivedByManager premium customers received per customer manager
 * @param premiumIdentifiedByLobby premium customers identified in the lobby
 * @param premiumIdentifiedAtCash  premium customers identified at cash counters
 * @param premiumIdentifiedAtNonCash premium customers identified at non-cash counters
 * @param complaintsReceived       complaints received, or null when the complaint module is not installed
 * @param complaintModule          {@code installed} or {@code not installed}
 */
public record LobbyRecord(LocalDate date, int arrivals, Map<String, Integer> premiumReceivedByManager, int premiumIdentifiedByLobby,
        int premiumIdentifiedAtCash, int premiumIdentifiedAtNonCash, int leadsOpened, Long complaintsReceived,
        String complaintModule) {
}
