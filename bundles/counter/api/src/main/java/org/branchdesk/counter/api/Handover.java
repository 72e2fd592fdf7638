package org.branchdesk.counter.api;

/**
 * Core banking's answer to a hand-over.
 *
 * @param coreReference core banking's reference when it took the request; null when it is to be
 *                      keyed in by hand (the request is then {@link RequestStatus#TO_BE_KEYED})
 * @param note          anything for the teller, or null
 */
public record Handover(String coreReference, String note) {

    public static Handover toBeKeyed(String note) {
        return new Handover(null, note);
    }

    public static Handover keyed(String coreReference) {
        return new Handover(coreReference, null);
    }
}
