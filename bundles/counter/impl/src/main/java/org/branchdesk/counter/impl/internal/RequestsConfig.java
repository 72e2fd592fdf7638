package org.branchdesk.counter.impl.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Branchdesk counter requests",
        description = "When pending counter requests expire, and how often the expiry runs")
@interface RequestsConfig {

    @AttributeDefinition(description = "The end of the business day, HH:mm from 00:01 to 24:00: a request still pending then expires")
    String businessDayEnd() default "24:00";

    @AttributeDefinition(description = "How often the expiry of overdue pending requests runs (seconds)")
    long expiryCheckSeconds() default 60;
}
