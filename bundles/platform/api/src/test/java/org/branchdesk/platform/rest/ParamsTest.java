package org.branchdesk.platform.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Instant;
import java.time.LocalDate;

import org.branchdesk.platform.api.InvalidInputException;
import org.junit.Test;

public class ParamsTest {

    @Test
    public void datesAndInstantsWithinTheRangeAreRead() {
        assertEquals(LocalDate.of(1900, 1, 1), Params.date("date", "1900-01-01"));
        assertEquals(LocalDate.of(2200, 12, 31), Params.date("date", " 2200-12-31 "));
        assertEquals(Instant.parse("2200-12-31T23:59:59Z"), Params.instant("from", "2200-12-31T23:59:59Z"));
        assertNull(Params.date("date", " "));
        assertNull(Params.checked("x", (Instant) null));
    }

    @Test
    public void datesAndInstantsFarOutOfRangeAreRefusedNamingTheParameter() {
        refused("date", () -> Params.date("date", "+999999999-12-31"));
        refused("date", () -> Params.date("date", "1899-12-31"));
        refused("date", () -> Params.date("date", "2201-01-01"));
        refused("from", () -> Params.instant("from", "+1000000000-01-01T00:00:00Z"));
        refused("to", () -> Params.instant("to", "2201-01-01T00:00:00Z"));
        refused("to", () -> Params.instant("to", "1899-12-31T23:59:59Z"));
    }

    private static void refused(String name, Runnable parse) {
        try {
            parse.run();
            fail("accepted");
        } catch (InvalidInputException e) {
            assertEquals(name, e.field());
            assertTrue(e.getMessage(), e.getMessage().contains("from 1900-01-01"));
        }
    }
}
