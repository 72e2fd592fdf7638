package org.branchdesk.complaint.api;

/** Where the complaint was made. */
public enum Channel {
    COUNTER, LOBBY, PHONE_BANKING, ONLINE_BANKING, MOBILE_BANKING, LETTER
}
