package org.branchdesk.relationship.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.branchdesk.relationship.impl.internal.CareEventsCalendar.Kind;
import org.junit.Test;

/** The care PID's rules: what the check accepts, what it refuses and the field it names, and that the components use the same rules. */
public class CareEventsConfigCheckTest {

    private final CareEventsConfigCheck check = new CareEventsConfigCheck();

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
    public void theDefaultsPassAndAreTheDocumentedOnes() {
        assertEquals(List.of(), check());
        CareEventsCalendar calendar = CareEventsConfigCheck.calendar(config(Map.of()));
        assertEquals(7, calendar.daysAhead(Kind.BIRTHDAY));
        assertEquals(14, calendar.daysAhead(Kind.MATURITY));
        assertEquals(7, calendar.daysAhead(Kind.ANNIVERSARY));
        assertEquals(10, calendar.daysAhead(Kind.HOLIDAY));
    }

    @Test
    public void typedAndTextValuesWithinTheRulesPass() {
        assertEquals(List.of(), check("birthdayDaysAhead", "0", "maturityDaysAhead", 365, "followUpDays", "3",
                "holidays", new String[] { "2027-02-06=Spring Festival", "2026-12-31 = New Year's Eve" }, "segments", new String[] { "PRIVATE" }));
        assertEquals("no segment: no care events", List.of(), check("segments", new String[0]));
    }

    @Test
    public void daysOutsideZeroTo365AreRefusedByName() {
        refused("birthdayDaysAhead", check("birthdayDaysAhead", "-1"));
        refused("maturityDaysAhead", check("maturityDaysAhead", "366"));
        refused("holidayDaysAhead", check("holidayDaysAhead", "ten"));
        refused("followUpDays", check("followUpDays", "-3"));
    }

    @Test
    public void aHolidayLineThatIsNotDateEqualsNameIsRefused() {
        refused("holidays", check("holidays", new String[] { "Spring Festival" }));
        refused("holidays", check("holidays", new String[] { "2027-02-30=Nonsense" }));
        refused("holidays", check("holidays", new String[] { "2027-02-06=" }));
        refused("holidays", check("holidays", new String[] { "2301-01-01=Far" }));
        refused("holidays", check("holidays", new String[] { "2027-02-06=A", "2027-02-06=B" }));
        refused("holidays", check("holidays", new String[] { "2027-02-06=" + "x".repeat(61) }));
    }

    @Test
    public void anUnknownSegmentIsRefused() {
        refused("segments", check("segments", new String[] { "PRIVATE", "VIP" }));
    }

    @Test
    public void aComponentGivenWhatTheCheckRefusesStopsWithTheSameMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CareEventsConfigCheck.calendar(config(Map.of("segments", new String[] { "VIP" }))));
        assertTrue(e.getMessage(), e.getMessage().startsWith("segments: 'VIP'"));
    }

    /** A typed configuration with the given values, the defaults otherwise (as DS would make it). */
    static CareEventsConfig config(Map<String, Object> values) {
        return (CareEventsConfig) java.lang.reflect.Proxy.newProxyInstance(CareEventsConfig.class.getClassLoader(),
                new Class<?>[] { CareEventsConfig.class }, (proxy, method, args) -> {
                    if (method.getName().equals("annotationType")) {
                        return CareEventsConfig.class;
                    }
                    Object v = values.get(method.getName());
                    return v != null ? v : method.getDefaultValue();
                });
    }

}
