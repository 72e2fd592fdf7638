package org.branchdesk.customer.impl.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Branchdesk segmentation", description = "Segment thresholds on the average daily financial "
        + "assets of a quarter (CNY; lower bounds inclusive) and the POTENTIAL age band. Thresholds must descend.")
@interface SegmentationConfig {

    @AttributeDefinition(description = "PRIVATE from this amount")
    String privateMin() default "10000000";

    @AttributeDefinition(description = "HIGH from this amount")
    String highMin() default "1000000";

    @AttributeDefinition(description = "MID from this amount")
    String midMin() default "200000";

    @AttributeDefinition(description = "MASS_AFFLUENT from this amount")
    String massAffluentMin() default "50000";

    @AttributeDefinition(description = "Premium (优质客户) from this amount; also the bar for potential premium with other-bank assets")
    String premiumMin() default "200000";

    @AttributeDefinition(description = "POTENTIAL: youngest age")
    int potentialMinAge() default 16;

    @AttributeDefinition(description = "POTENTIAL: oldest age")
    int potentialMaxAge() default 28;
}
