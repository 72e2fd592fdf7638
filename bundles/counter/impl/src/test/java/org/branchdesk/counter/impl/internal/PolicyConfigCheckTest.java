package org.branchdesk.counter.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;

import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.junit.Test;

public class PolicyConfigCheckTest {

    private static List<String> fields(Map<String, Object> p) {
        return new PolicyConfigCheck().check(p).stream().map(FieldError::field).toList();
    }

    @Test
    public void eachBadAttributeIsNamed() {
        assertEquals(List.of("roleLimits"), fields(Map.of("roleLimits", new String[] { "TELLER=100" })));
        assertEquals(List.of("roleLimits"), fields(Map.of("roleLimits", new String[] { "CENTER_HEAD=lots" })));
        assertEquals(List.of("personalLimits"), fields(Map.of("personalLimits", new String[] { "bob=1", "bob=2" })));
        assertEquals(List.of("personalLimits"), fields(Map.of("personalLimits", "no equals sign")));
        assertEquals(List.of("baseCurrency"), fields(Map.of("baseCurrency", "yuan")));
        assertEquals(List.of("rates"), fields(Map.of("rates", new String[] { "USD=0" })));
        assertEquals(List.of("rates"), fields(Map.of("rates", new String[] { "CNY=1" })));
        assertEquals(List.of("inboxMaxWaitSeconds"), fields(Map.of("inboxMaxWaitSeconds", "0")));
        assertEquals(List.of("rules"), fields(Map.of("rules", "LOAN 0 = OFFICER 1")));
    }

    @Test
    public void goodValuesPass() {
        assertEquals(List.of(), fields(Map.of("personalLimits", new String[] { "zhang.wei=3000000", "li.na=unlimited" }, "rates",
                new String[] { "USD=7.1234", "JPY=0.0478" }, "baseCurrency", "CNY", "inboxMaxWaitSeconds", 300L)));
    }

    @Test
    public void theComponentRefusesWhatTheCheckRefuses() {
        try {
            PolicyConfigCheck.require(PolicyDefaults.config(new String[] { "bad name=1" }));
            throw new AssertionError();
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("personalLimits: "));
        }
    }
}
