package org.branchdesk.complaint.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.lang.annotation.Annotation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.junit.Test;

/** The complaint PID's rules: what the check accepts, what it refuses and the field it names, and that the components use the same rules. */
public class ComplaintConfigCheckTest {

    private final ComplaintConfigCheck check = new ComplaintConfigCheck();

    static String[] defaults(String attribute) {
        try {
            return (String[]) ComplaintConfig.class.getMethod(attribute).getDefaultValue();
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    private List<FieldError> check(Object... keysAndValues) {
        Map<String, Object> properties = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return check.check(properties);
    }

    private static void refused(String field, List<FieldError> errors) {
        assertEquals(errors.toString(), 1, errors.size());
        assertEquals(field, errors.get(0).field());
        assertTrue(errors.get(0).message(), errors.get(0).message().startsWith(field));
    }

    @Test
    public void noPropertiesAreTheDefaultsAndPass() {
        assertEquals(List.of(), check());
    }

    @Test
    public void acceptsDeadlinesAsAFileOrCodeGivesThem() {
        assertEquals(List.of(), check("acknowledgeHours", new String[] { " LOW = 12 ", "MEDIUM=6", "HIGH=1.5", "CRITICAL=0.5" },
                "resolveHours", List.of("LOW=100", "MEDIUM=50", "HIGH=20", "CRITICAL=4"), "escalationCheckSeconds", "30"));
        assertEquals(List.of(), check("escalationCheckSeconds", 1L));
    }

    @Test
    public void refusesALineThatIsNotSeverityEqualsHoursNamingTheAttribute() {
        String[] ok = defaults("resolveHours");
        for (String bad : new String[] { "LOW", "LOW=", "LOW=x", "LOW=0", "LOW=-4", "LOW=NaN", "LOW=Infinity", "LOW=1=2", "URGENT=4" }) {
            String[] lines = { bad, "MEDIUM=24", "HIGH=8", "CRITICAL=2" };
            List<FieldError> errors = check("acknowledgeHours", lines);
            refused("acknowledgeHours", errors);
            assertTrue(errors.get(0).message(), errors.get(0).message().contains("'" + bad + "'"));
            refused("resolveHours", check("resolveHours", lines, "acknowledgeHours", ok));
        }
    }

    @Test
    public void refusesASeverityWithoutDeadline() {
        List<FieldError> errors = check("resolveHours", new String[] { "LOW=1", "MEDIUM=1", "HIGH=1" });
        refused("resolveHours", errors);
        assertTrue(errors.get(0).message(), errors.get(0).message().endsWith("CRITICAL"));
    }

    @Test
    public void refusesACheckIntervalBelowOneSecond() {
        for (Object bad : new Object[] { 0L, -5L, "0", "soon" }) {
            refused("escalationCheckSeconds", check("escalationCheckSeconds", bad));
        }
    }

    @Test
    public void namesEveryOffendingAttribute() {
        List<FieldError> errors = check("acknowledgeHours", "LOW=x", "resolveHours", "LOW=y", "escalationCheckSeconds", 0L);
        assertEquals(List.of("acknowledgeHours", "resolveHours", "escalationCheckSeconds"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    public void theComponentsRefuseWithTheSameRulesAndWords() {
        ComplaintConfig bad = config(new String[] { "LOW=x" }, defaults("resolveHours"), 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ComplaintConfigCheck.require(bad));
        List<FieldError> errors = check("acknowledgeHours", new String[] { "LOW=x" }, "escalationCheckSeconds", 0L);
        assertEquals(String.join("; ", errors.stream().map(FieldError::message).toList()), e.getMessage());
        ComplaintConfig good = config(defaults("acknowledgeHours"), defaults("resolveHours"), 60);
        assertEquals(good, ComplaintConfigCheck.require(good));
        assertThrows(IllegalArgumentException.class, () -> Deadlines.of(new String[] { "LOW=x" }, defaults("resolveHours")));
    }

    private static ComplaintConfig config(String[] acknowledge, String[] resolve, long seconds) {
        return new ComplaintConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ComplaintConfig.class;
            }

            @Override
            public String[] acknowledgeHours() {
                return acknowledge;
            }

            @Override
            public String[] resolveHours() {
                return resolve;
            }

            @Override
            public long escalationCheckSeconds() {
                return seconds;
            }
        };
    }
}
