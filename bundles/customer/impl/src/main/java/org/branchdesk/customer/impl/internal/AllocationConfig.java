package org.branchdesk.customer.impl.internal;

import org.branchdesk.customer.api.ManagerLevel;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Branchdesk allocation of dedicated managers",
        description = "How premium customers without a manager are given one, decided in advance")
@interface AllocationConfig {

    /** The PID, for the component and its check. */
    String PID = "org.branchdesk.customer.allocation";

    @AttributeDefinition(description = "The rules in the order they are tried for each customer: the names of allocation "
            + "hints (LEAD_FOLLOWER: the manager who followed up the customer's lead) and LEAST_LOADED (the eligible manager "
            + "with the fewest customers)")
    String[] order() default { "LEAD_FOLLOWER", "LEAST_LOADED" };

    @AttributeDefinition(description = "The lowest manager level each segment needs, as SEGMENT=LEVEL; a premium segment "
            + "not listed needs no particular level")
    String[] levels() default { "PRIVATE=SENIOR", "HIGH=MANAGER", "MID=MANAGER" };

    @AttributeDefinition(description = "The level of a manager the centre head has given no profile")
    ManagerLevel defaultLevel() default ManagerLevel.MANAGER;

    @AttributeDefinition(description = "The most customers allocation gives a manager the centre head has given no profile "
            + "(0 or more)")
    int defaultCapacity() default 300;

    @AttributeDefinition(description = "Allocate automatically after each segmentation run")
    boolean afterSegmentation() default true;
}
