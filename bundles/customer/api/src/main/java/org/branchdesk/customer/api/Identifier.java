package org.branchdesk.customer.api;

/** What a member of staff identifies a customer by. */
public enum Identifier {
    /** The core banking customer number. */
    CUSTOMER_ID,
    CARD_NUMBER,
    ID_NUMBER,
    PHONE
}
