package org.branchdesk.relationship.impl.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Branchdesk care events", description = "When birthdays, maturities, premium anniversaries and "
        + "holidays reach a manager's inbox, for which segments, and when an event's attendees are followed up")
@interface CareEventsConfig {

    @AttributeDefinition(description = "Days before a customer's birthday that its care task is raised (0 to 365)")
    int birthdayDaysAhead() default 7;

    @AttributeDefinition(description = "Days before a holding matures that its care task is raised (0 to 365)")
    int maturityDaysAhead() default 14;

    @AttributeDefinition(description = "Days before the anniversary of becoming a premium customer that its care task is raised (0 to 365)")
    int anniversaryDaysAhead() default 7;

    @AttributeDefinition(description = "Days before a configured holiday that its care tasks are raised (0 to 365)")
    int holidayDaysAhead() default 10;

    @AttributeDefinition(description = "Holidays, one per line: 'YYYY-MM-DD=name' (e.g. 2027-02-06=Spring Festival). Each concerns "
            + "every customer of the manager in the care segments. None by default: the branch's calendar is its own")
    String[] holidays() default {};

    @AttributeDefinition(description = "Segments whose customers get care events (PRIVATE, HIGH, MID, MASS_AFFLUENT, POTENTIAL, "
            + "ORDINARY); by default the premium ones. Empty: no care events")
    String[] segments() default { "PRIVATE", "HIGH", "MID" };

    @AttributeDefinition(description = "Days after a customer event that the follow-up of each attendee is due (0 to 365)")
    int followUpDays() default 3;
}
