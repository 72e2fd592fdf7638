package org.branchdesk.customer.api;

import java.math.BigDecimal;

/**
 * A customer manager as allocation and the centre head see them: level, capacity and load. A
 * manager nobody has given a profile has the allocation rules' default level and capacity.
 *
 * @param capacity         the most customers allocation gives them (the centre head may assign beyond it by hand)
 * @param customers        customers they hold now
 * @param premiumCustomers of which premium
 * @param assets           the customers' average daily financial assets of their segment quarter, summed
 * @since 2.1
 */
public record ManagerProfile(String username, String displayName, boolean active, ManagerLevel level, int capacity,
        int customers, int premiumCustomers, BigDecimal assets) {
}
