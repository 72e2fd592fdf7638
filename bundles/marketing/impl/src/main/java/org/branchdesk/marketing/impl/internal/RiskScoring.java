package org.branchdesk.marketing.impl.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.branchdesk.marketing.api.RiskQuestionnaire;
import org.branchdesk.marketing.api.RiskQuestionnaire.Answer;
import org.branchdesk.marketing.api.RiskQuestionnaire.Question;
import org.branchdesk.marketing.api.RiskTolerance;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.InvalidInputException.FieldError;

/**
 * The questionnaire of a configuration and its scoring, without a framework: the total score is
 * the sum of the answers' scores, the tolerance the highest whose threshold it reaches.
 */
final class RiskScoring {

    static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    static final int MOST_SCORE = 100;
    static final int MOST_ANSWERS = 10;
    static final int MOST_QUESTIONS = 30;
    static final int TEXT_LENGTH = 200;
    static final int MOST_VALID_DAYS = 3660;

    private final RiskQuestionnaire questionnaire;

    RiskScoring(RiskQuestionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    RiskQuestionnaire questionnaire() {
        return questionnaire;
    }

    /** A scored assessment: the answers in the questionnaire's order, the total and the tolerance. */
    record Scored(Map<String, String> answers, int score, RiskTolerance tolerance) {
    }

    /** Scores a full set of answers; 400 naming {@code answers.<question>} for a missing or unknown answer, or an unknown question. */
    Scored score(Map<String, String> answers) {
        if (answers == null || answers.isEmpty()) {
            throw new InvalidInputException("answers", "is required: the answer id of each question, by question id");
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> ordered = new LinkedHashMap<>();
        int score = 0;
        Set<String> ids = new HashSet<>();
        for (Question q : questionnaire.questions()) {
            ids.add(q.id());
            String given = answers.get(q.id());
            if (given == null || given.isBlank()) {
                errors.add(new FieldError("answers." + q.id(), "is required: one of " + q.answers().stream().map(Answer::id).toList()));
                continue;
            }
            Answer a = q.answers().stream().filter(x -> x.id().equals(given.trim())).findFirst().orElse(null);
            if (a == null) {
                errors.add(new FieldError("answers." + q.id(), "'" + shorten(given) + "' is not one of "
                        + q.answers().stream().map(Answer::id).toList()));
                continue;
            }
            ordered.put(q.id(), a.id());
            score += a.score();
        }
        for (String key : answers.keySet()) {
            if (!ids.contains(key)) {
                errors.add(new FieldError("answers." + shorten(key), "is not a question of questionnaire " + questionnaire.version()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Scored(ordered, score, tolerance(score));
    }

    /** The highest tolerance whose threshold the score reaches. */
    RiskTolerance tolerance(int score) {
        RiskTolerance t = RiskTolerance.C1;
        List<Integer> thresholds = questionnaire.thresholds();
        for (int i = 0; i < thresholds.size(); i++) {
            if (score >= thresholds.get(i)) {
                t = RiskTolerance.values()[i];
            }
        }
        return t;
    }

    /** The last day an assessment taken on {@code day} is valid: it is valid {@code validDays} days, that day included. */
    LocalDate validUntil(LocalDate day) {
        return day.plusDays(questionnaire.validDays() - 1L);
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** The questionnaire of a configuration; the rules of the configuration check, with their errors into {@code errors}. */
    static RiskQuestionnaire parse(String version, int validDays, String[] thresholds, String[] questions, List<FieldError> errors) {
        String v = version == null ? "" : version.trim();
        if (v.isEmpty() || v.length() > 20 || v.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError("version", "version: '" + v + "' must be 1 to 20 characters on one line"));
        }
        if (validDays < 1 || validDays > MOST_VALID_DAYS) {
            errors.add(new FieldError("validDays", "validDays: " + validDays + " is not a number of days from 1 to " + MOST_VALID_DAYS));
        }
        List<Integer> limits = new ArrayList<>();
        for (String t : thresholds) {
            try {
                limits.add(Integer.parseInt(t.trim()));
            } catch (NumberFormatException e) {
                errors.add(new FieldError("thresholds", "thresholds: '" + t + "' is not a whole number"));
                limits = null;
                break;
            }
        }
        if (limits != null) {
            boolean ascending = limits.size() == RiskTolerance.values().length && limits.get(0) == 0;
            for (int i = 1; ascending && i < limits.size(); i++) {
                ascending = limits.get(i) > limits.get(i - 1);
            }
            if (!ascending) {
                errors.add(new FieldError("thresholds", "thresholds: " + limits + " must be five whole numbers for C1 to C5, ascending, "
                        + "the first 0"));
            }
        }
        List<Question> parsed = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        if (questions.length == 0 || questions.length > MOST_QUESTIONS) {
            errors.add(new FieldError("questions", "questions: 1 to " + MOST_QUESTIONS + " questions are required"));
        }
        for (String line : questions) {
            String problem = null;
            String[] parts = line.split("\\|", -1);
            Question q = null;
            if (parts.length != 3) {
                problem = "is not 'id|question|answer=score:text;...'";
            } else if (!ID.matcher(parts[0].trim()).matches()) {
                problem = "has an id that is not 1 to 32 letters, digits, '-' or '_'";
            } else if (!ids.add(parts[0].trim())) {
                problem = "repeats the id of another question";
            } else if (!text(parts[1])) {
                problem = "has a question that is empty or longer than " + TEXT_LENGTH + " characters";
            } else {
                List<Answer> answers = new ArrayList<>();
                Set<String> answerIds = new HashSet<>();
                for (String a : parts[2].split(";", -1)) {
                    int eq = a.indexOf('=');
                    int colon = eq < 0 ? -1 : a.indexOf(':', eq);
                    String id = eq < 0 ? "" : a.substring(0, eq).trim();
                    Integer score = null;
                    try {
                        score = colon < 0 ? null : Integer.valueOf(a.substring(eq + 1, colon).trim());
                    } catch (NumberFormatException e) {
                        score = null;
                    }
                    if (colon < 0 || !ID.matcher(id).matches() || score == null || !text(a.substring(colon + 1))) {
                        problem = "has an answer '" + a.trim() + "' that is not 'id=score:text'";
                        break;
                    }
                    if (score < 0 || score > MOST_SCORE) {
                        problem = "has an answer '" + id + "' whose score is not from 0 to " + MOST_SCORE;
                        break;
                    }
                    if (!answerIds.add(id)) {
                        problem = "repeats the answer id '" + id + "'";
                        break;
                    }
                    answers.add(new Answer(id, a.substring(colon + 1).trim(), score));
                }
                if (problem == null && (answers.size() < 2 || answers.size() > MOST_ANSWERS)) {
                    problem = "must have 2 to " + MOST_ANSWERS + " answers";
                }
                q = new Question(parts[0].trim(), parts[1].trim(), List.copyOf(answers));
            }
            if (problem != null) {
                errors.add(new FieldError("questions", "questions: '" + (line.length() > 60 ? line.substring(0, 60) + "…" : line) + "' "
                        + problem));
                break;
            }
            parsed.add(q);
        }
        return new RiskQuestionnaire(v, List.copyOf(parsed), limits == null ? List.of() : List.copyOf(limits), validDays);
    }

    private static boolean text(String s) {
        String t = s.trim();
        return !t.isEmpty() && t.length() <= TEXT_LENGTH && t.chars().noneMatch(Character::isISOControl);
    }

    /** The scoring of a configuration the guard let through; without the guard, a bad one stops the component with the same messages. */
    static RiskScoring of(RiskConfig config) {
        List<FieldError> errors = new ArrayList<>();
        RiskQuestionnaire q = parse(config.version(), config.validDays(), config.thresholds(), config.questions(), errors);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", errors.stream().map(FieldError::message).toList()));
        }
        return new RiskScoring(q);
    }
}
