package org.branchdesk.marketing.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.branchdesk.marketing.api.RiskQuestionnaire;
import org.branchdesk.marketing.api.RiskTolerance;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.junit.Test;

public class RiskScoringTest {

    private static RiskScoring defaults() {
        List<FieldError> errors = new ArrayList<>();
        RiskQuestionnaire q = RiskScoring.parse("2026-1", 365, new String[] { "0", "20", "40", "60", "80" }, defaultQuestions(), errors);
        assertEquals(List.of(), errors);
        return new RiskScoring(q);
    }

    private static String[] defaultQuestions() {
        return ConfigurationCheckDefaults.questions();
    }

    @Test
    public void theDefaultQuestionnaireScoresZeroToAHundred() {
        RiskScoring s = defaults();
        assertEquals(7, s.questionnaire().questions().size());
        int most = s.questionnaire().questions().stream().mapToInt(q -> q.answers().stream().mapToInt(a -> a.score()).max().orElse(0)).sum();
        int least = s.questionnaire().questions().stream().mapToInt(q -> q.answers().stream().mapToInt(a -> a.score()).min().orElse(0)).sum();
        assertEquals(100, most);
        assertEquals(0, least);
    }

    @Test
    public void theToleranceIsTheHighestThresholdReached() {
        RiskScoring s = defaults();
        assertEquals(RiskTolerance.C1, s.tolerance(0));
        assertEquals(RiskTolerance.C1, s.tolerance(19));
        assertEquals(RiskTolerance.C2, s.tolerance(20));
        assertEquals(RiskTolerance.C3, s.tolerance(59));
        assertEquals(RiskTolerance.C4, s.tolerance(60));
        assertEquals(RiskTolerance.C5, s.tolerance(80));
        assertEquals(RiskTolerance.C5, s.tolerance(100));
    }

    @Test
    public void answersAreScoredAndEachQuestionAnswered() {
        RiskScoring s = defaults();
        Map<String, String> answers = new HashMap<>(Map.of("age", "C", "experience", "B", "horizon", "C", "loss", "B", "income", "B",
                "share", "B", "objective", "B"));
        RiskScoring.Scored scored = s.score(answers);
        assertEquals(10 + 5 + 10 + 5 + 4 + 8 + 4, scored.score());
        assertEquals(RiskTolerance.C3, scored.tolerance());
        assertEquals(List.of("age", "experience", "horizon", "loss", "income", "share", "objective"), List.copyOf(scored.answers().keySet()));
        answers.remove("loss");
        answers.put("age", "Z");
        answers.put("colour", "A");
        try {
            s.score(answers);
            fail();
        } catch (InvalidInputException e) {
            assertEquals(List.of("answers.age", "answers.loss", "answers.colour"), e.errors().stream().map(FieldError::field).toList());
        }
    }

    @Test
    public void anAssessmentIsValidItsDaysTheDayTakenIncluded() {
        assertEquals(LocalDate.of(2027, 12, 1), defaults().validUntil(LocalDate.of(2026, 12, 2)));
    }

    @Test
    public void aBadConfigurationIsRefusedNamingItsProperty() {
        RiskConfigCheck check = new RiskConfigCheck();
        assertEquals("the defaults pass", List.of(), check.check(Map.of()));
        assertEquals(List.of("thresholds"), fields(check.check(Map.of("thresholds", new String[] { "0", "40", "20", "60", "80" }))));
        assertEquals(List.of("thresholds"), fields(check.check(Map.of("thresholds", "0,20"))));
        assertEquals(List.of("validDays"), fields(check.check(Map.of("validDays", "0"))));
        assertEquals(List.of("version"), fields(check.check(Map.of("version", " "))));
        assertEquals(List.of("questions"), fields(check.check(Map.of("questions", new String[] { "age|How old?|A=1:young" }))));
        assertEquals(List.of("questions"), fields(check.check(Map.of("questions", new String[] { "age|How old?|A=1:young;B=x:old" }))));
        assertEquals(List.of("questions"), fields(check.check(Map.of("questions", new String[] { "a|Q?|A=1:x;B=2:y", "a|Q2?|A=1:x;B=2:y" }))));
        assertEquals(List.of("questions"), fields(check.check(Map.of("questions", new String[] { "a|Q?|A=101:x;B=2:y" }))));
        List<FieldError> ok = check.check(Map.of("questions", new String[] { "a|Q?|A=0:x;B=50:y", "b|R?|A=0:x;B=50:y" }));
        assertTrue(ok.toString(), ok.isEmpty());
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }
}
