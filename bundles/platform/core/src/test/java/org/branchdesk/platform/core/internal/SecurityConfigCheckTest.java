package org.branchdesk.platform.core.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;

import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.junit.Test;

public class SecurityConfigCheckTest {

    private final SecurityConfigCheck check = new SecurityConfigCheck();

    private List<String> fields(Map<String, Object> properties) {
        return check.check(properties).stream().map(FieldError::field).toList();
    }

    @Test
    public void defaultsAndSaneValuesPass() {
        assertEquals(List.of(), fields(Map.of()));
        assertEquals(List.of(), fields(Map.of("maxFailuresPerAccount", "3", "lockMinutes", 1, "failureDelaySeconds", "0",
                "idleSeconds", 1, "trustedProxies", "10.1.0.5, 10.1.0.6")));
    }

    @Test
    public void valuesOutOfRangeAreRefusedByName() {
        assertEquals(List.of("maxFailuresPerAccount"), fields(Map.of("maxFailuresPerAccount", "0")));
        assertEquals(List.of("lockMinutes"), fields(Map.of("lockMinutes", 0)));
        assertEquals(List.of("failureDelaySeconds"), fields(Map.of("failureDelaySeconds", "11")));
        assertEquals(List.of("idleSeconds"), fields(Map.of("idleSeconds", "0")));
        assertEquals(List.of("minPasswordLength"), fields(Map.of("minPasswordLength", "7")));
        assertEquals("idle longer than the token", List.of("idleSeconds"), fields(Map.of("tokenHours", "1", "idleSeconds", "3601")));
        assertEquals(List.of("trustedProxies"), fields(Map.of("trustedProxies", new String[] { "10.1.0.5,", "x" })));
    }

    @Test
    public void theMessageNamesTheRangeAndTheValue() {
        List<FieldError> errors = check.check(Map.of("passwordIterations", "9999"));
        assertEquals(List.of(new FieldError("passwordIterations", "must be 10000 to 100000000, not 9999")), errors);
        assertEquals(List.of(new FieldError("idleSeconds", "must not be longer than tokenHours (3600 seconds), not 3601")),
                check.check(Map.of("tokenHours", "1", "idleSeconds", "3601")));
    }

    @Test
    public void componentsRefuseBadValuesInTheGuardsWords() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Passwords(9999));
        assertEquals("passwordIterations: must be 10000 to 100000000, not 9999", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SecurityConfigCheck.require("lockMinutes", 0));
        SecurityConfigCheck.require("lockMinutes", 1); // in range: no exception
    }

    @Test
    public void trustedProxiesAreSplitAndTrimmedAsTheComponentUsesThem() {
        assertEquals(List.of("10.1.0.5", "10.1.0.6", "10.1.0.7"),
                SecurityConfigCheck.trustedProxies(new String[] { "10.1.0.5, 10.1.0.6", " 10.1.0.7" }));
        assertEquals(List.of(), SecurityConfigCheck.trustedProxies(null));
        assertTrue(SecurityConfigCheck.trustedProxies(new String[] { "10.1.0.5,," }).contains(""));
    }
}
