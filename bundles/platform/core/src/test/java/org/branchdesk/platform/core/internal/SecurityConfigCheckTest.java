package org.branchdesk.platform.core.internal;

import static org.junit.Assert.assertEquals;

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
}
