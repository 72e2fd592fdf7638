package org.branchdesk.relationship.impl.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Branchdesk relationship maintenance",
        description = "Contact plans by segment, the handover deadline and the scheduled check")
@interface RelationshipConfig {

    @AttributeDefinition(description = "Days between planned contacts, per segment (SEGMENT=days); a segment not listed has no contact plan")
    String[] contactDays() default { "PRIVATE=14", "HIGH=30", "MID=60", "MASS_AFFLUENT=90" };

    @AttributeDefinition(description = "Days the new manager has to complete a handover (oral and written notice, first direct contact)")
    int handoverDays() default 30;

    @AttributeDefinition(description = "How often the scheduled check catches up on changes of manager and escalates overdue handovers (seconds)")
    long checkSeconds() default 300;

    @AttributeDefinition(description = "How many days ahead a manager's inbox and book show what is coming up")
    int upcomingDays() default 30;
}
