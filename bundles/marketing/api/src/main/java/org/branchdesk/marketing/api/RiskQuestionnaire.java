package org.branchdesk.marketing.api;

import java.util.List;

/**
 * The risk questionnaire taken with the customer, as configured: its questions with the score of
 * each answer, and the lowest total score of each tolerance.
 *
 * @param version    names this set of questions and scores; each assessment records the version it used
 * @param thresholds the lowest total score of C1 to C5, ascending (C1's is 0)
 * @param validDays  how long an assessment stays valid (default 365)
 */
public record RiskQuestionnaire(String version, List<Question> questions, List<Integer> thresholds, int validDays) {

    /** One question and its answers. */
    public record Question(String id, String text, List<Answer> answers) {
    }

    /** One answer and what it scores. */
    public record Answer(String id, String text, int score) {
    }
}
