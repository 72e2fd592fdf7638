package org.branchdesk.marketing.impl.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Branchdesk campaigns",
        description = "The marketing contact cap across all campaigns, and the scheduled launch of campaigns")
@interface CampaignsConfig {

    @AttributeDefinition(description = "At most this many marketing contacts (every campaign, every channel, every outcome) per customer within perDays")
    int maxContacts() default 2;

    @AttributeDefinition(description = "The days of the contact cap's window")
    int perDays() default 30;

    @AttributeDefinition(description = "How often the scheduled check launches the campaigns whose launch time has come (seconds)")
    long checkSeconds() default 60;
}
