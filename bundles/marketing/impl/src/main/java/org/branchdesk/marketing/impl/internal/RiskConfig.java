package org.branchdesk.marketing.impl.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The risk questionnaire (风险测评) taken with a customer. The default is the project's own
 * questionnaire of seven questions scoring 0 to 100 in all; a bank replaces it with the one its
 * compliance department approved, under a new version.
 */
@ObjectClassDefinition(name = "Branchdesk risk profiles", description = "The risk questionnaire taken with a customer: its questions, "
        + "answers and scores, the lowest total score of each tolerance C1 to C5, and how long an assessment stays valid")
@interface RiskConfig {

    @AttributeDefinition(description = "Names this set of questions and scores (1 to 20 characters); every assessment records it. "
            + "Give a new version whenever the questions or scores change")
    String version() default "2026-1";

    @AttributeDefinition(description = "Days an assessment stays valid, the day it was taken included (1 to 3660)")
    int validDays() default 365;

    @AttributeDefinition(description = "The lowest total score of C1, C2, C3, C4 and C5: five whole numbers, ascending, the first 0")
    String[] thresholds() default { "0", "20", "40", "60", "80" };

    @AttributeDefinition(description = "The questions, one per line: 'id|question|answer=score:text;answer=score:text;...'. "
            + "Ids are 1 to 32 letters, digits, '-' or '_'; each question has 2 to 10 answers scoring 0 to 100; texts must not contain "
            + "'|' or ';'")
    String[] questions() default {
            "age|How old are you?|A=12:18 to 30;B=14:31 to 45;C=10:46 to 55;D=5:56 to 65;E=0:over 65",
            "experience|What have you invested in before?|A=0:deposits only;B=5:bank wealth products or bonds;"
                    + "C=10:funds;D=15:stocks, FX, derivatives or similar, for more than 3 years",
            "horizon|How long can this money stay invested?|A=0:under 1 year;B=5:1 to 3 years;C=10:3 to 5 years;D=15:more than 5 years",
            "loss|What is the largest loss in a year you could bear?|A=0:none, the capital must stay whole;B=5:up to 5 %;"
                    + "C=10:up to 15 %;D=15:up to 30 %;E=20:more than 30 %",
            "income|How is your income?|A=0:irregular or none;B=4:stable but modest;C=8:stable and growing;D=12:high and stable",
            "share|What share of your financial assets is this money?|A=12:under 10 %;B=8:10 to 30 %;C=4:30 to 50 %;D=0:more than 50 %",
            "objective|What do you want from this money?|A=0:keep the capital safe;B=4:a steady income;C=8:balanced growth;"
                    + "D=12:high growth, accepting large swings" };
}
