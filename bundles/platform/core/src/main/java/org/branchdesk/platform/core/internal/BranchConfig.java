package org.branchdesk.platform.core.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Branchdesk branch", description = "The branch this deployment serves")
@interface BranchConfig {

    @AttributeDefinition(description = "The bank's branch code")
    String id() default "0001";

    @AttributeDefinition(description = "Display name")
    String name() default "Branchdesk branch";

    @AttributeDefinition(description = "WEALTH_CENTER, VIP_CENTER, OUTLET or CONVENIENCE_STORE (or wealth-center, ...). "
            + "Empty: the launcher's --tier (framework property branchdesk.tier), else WEALTH_CENTER.")
    String tier() default "";

    @AttributeDefinition(description = "Code of the sub-branch this branch reports and refers customers to")
    String parentSubBranch() default "";
}
