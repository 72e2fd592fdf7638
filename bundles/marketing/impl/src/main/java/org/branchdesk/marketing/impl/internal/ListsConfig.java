package org.branchdesk.marketing.impl.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * What the reserve list takes and when a customer counts as cross-sold. The defaults follow the
 * seeds' positioning "cultivate POTENTIAL, serve MID, compete for HIGH": MID and above are premium
 * and on the maintenance list; POTENTIAL and the mass-affluent below them are cultivated.
 */
@ObjectClassDefinition(name = "Branchdesk marketing lists and figures",
        description = "Which customers below premium the reserve list takes, and the families a cross-sold customer holds")
@interface ListsConfig {

    @AttributeDefinition(description = "Segments the reserve list takes (MASS_AFFLUENT, POTENTIAL, ORDINARY: premium segments are on "
            + "the maintenance list); potential-premium customers are left out, they are on the development list")
    String[] reserveSegments() default { "POTENTIAL", "MASS_AFFLUENT" };

    @AttributeDefinition(description = "Average daily financial assets (CNY) a customer needs at least to be on the reserve list (0 or more)")
    String reserveMinAssets() default "0";

    @AttributeDefinition(description = "Product families a premium customer holds at least to count as cross-sold (1 to 10)")
    int crossSellFamilies() default 3;
}
