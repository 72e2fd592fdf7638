package org.branchdesk.customer.impl.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Branchdesk customers", description = "Who sees identifiers in full, and search limits")
@interface CustomerConfig {

    @AttributeDefinition(description = "Roles that see ID numbers in full (tellers verify identity at the counter)")
    String[] fullIdNumberRoles() default { "TELLER", "OPERATIONS_SUPERVISOR", "BUSINESS_OFFICER" };

    @AttributeDefinition(description = "Roles that see every phone number in full. A customer manager always sees "
            + "the phone of the customers they manage.")
    String[] fullPhoneRoles() default { "TELLER", "OPERATIONS_SUPERVISOR", "BUSINESS_OFFICER" };

    @AttributeDefinition(description = "Roles that see card numbers in full")
    String[] fullCardRoles() default { "TELLER", "OPERATIONS_SUPERVISOR", "BUSINESS_OFFICER" };

    @AttributeDefinition(description = "Most customers one search returns (1 to 1000)")
    int searchLimit() default 50;

    @AttributeDefinition(description = "Searches and identifications one member of staff may make per minute, on average "
            + "(at least 1; each runtime counts its own)")
    int searchesPerMinute() default 30;

    @AttributeDefinition(description = "Searches and identifications one member of staff may make at once, before the "
            + "per-minute rate applies (at least 1)")
    int searchBurst() default 60;
}
