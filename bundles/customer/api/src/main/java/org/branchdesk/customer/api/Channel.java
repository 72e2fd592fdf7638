package org.branchdesk.customer.api;

/**
 * How a member of staff was in contact with a customer.
 *
 * @since 2.1
 */
public enum Channel {
    BRANCH_VISIT, PHONE, SMS, CHAT_APP, EMAIL, HOME_VISIT, EVENT
}
