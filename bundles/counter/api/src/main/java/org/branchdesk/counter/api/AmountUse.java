package org.branchdesk.counter.api;

/** Whether a request type carries an amount (and its currency). */
public enum AmountUse {
    NONE, OPTIONAL, REQUIRED
}
