package org.branchdesk.complaint.impl.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Branchdesk complaints", description = "Deadlines per severity and the escalation check")
@interface ComplaintConfig {

    @AttributeDefinition(description = "Hours to acknowledge, per severity")
    String[] acknowledgeHours() default { "LOW=48", "MEDIUM=24", "HIGH=8", "CRITICAL=2" };

    @AttributeDefinition(description = "Hours to resolve, per severity")
    String[] resolveHours() default { "LOW=360", "MEDIUM=168", "HIGH=72", "CRITICAL=24" };

    @AttributeDefinition(description = "How often the scheduled check escalates complaints past a deadline (seconds)")
    long escalationCheckSeconds() default 60;
}
