package org.branchdesk.marketing.impl.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The referral credit split (the seeds give no ratio: 70/30 is the project's default). Fixed on an
 * opportunity when it is won; a change applies to opportunities won after it.
 */
@ObjectClassDefinition(name = "Branchdesk referral credit", description = "How a won opportunity's amount is credited between its manager and its referrer")
@interface ReferralsConfig {

    @AttributeDefinition(description = "Percent of a won opportunity's amount credited to the manager who won it, when it has a referrer "
            + "(without one the manager gets 100); with referrerShare it sums to 100")
    int managerShare() default 70;

    @AttributeDefinition(description = "Percent of a won opportunity's amount credited to the member of staff who referred it; "
            + "with managerShare it sums to 100")
    int referrerShare() default 30;
}
