package org.branchdesk.relationship.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;

import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.junit.Test;

/** What the relationship configuration check lets through, and what it refuses. */
public class RelationshipConfigCheckTest {

    private final RelationshipConfigCheck check = new RelationshipConfigCheck();

    @Test
    public void theDefaultsAndWellFormedValuesAreAccepted() {
        assertEquals(List.of(), check.check(Map.of()));
        assertEquals(List.of(), check.check(Map.of("contactDays", "PRIVATE=7", "handoverDays", "30", "checkSeconds", 1L, "upcomingDays", 0)));
        assertEquals(List.of(), check.check(Map.of("contactDays", new String[] { "HIGH=30", "MID=45" })));
        assertEquals(List.of(), check.check(Map.of("contactDays", List.of("PRIVATE=14"))));
    }

    @Test
    public void eachBadAttributeIsNamed() {
        assertFields(check.check(Map.of("contactDays", new String[] { "PRIVATE=fortnight" })), "contactDays");
        assertFields(check.check(Map.of("handoverDays", 0)), "handoverDays");
        assertFields(check.check(Map.of("handoverDays", "367")), "handoverDays");
        assertFields(check.check(Map.of("checkSeconds", 0L)), "checkSeconds");
        assertFields(check.check(Map.of("checkSeconds", "often")), "checkSeconds");
        assertFields(check.check(Map.of("upcomingDays", -1)), "upcomingDays");
        assertFields(check.check(Map.of("handoverDays", -5, "upcomingDays", 400)), "handoverDays", "upcomingDays");
    }

    private static void assertFields(List<FieldError> errors, String... fields) {
        assertEquals(errors.toString(), List.of(fields), errors.stream().map(FieldError::field).toList());
        for (FieldError e : errors) {
            assertTrue(e.message(), e.message().startsWith(e.field() + ":"));
        }
    }
}
