package org.branchdesk.customer.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.Set;

import org.branchdesk.platform.api.ForbiddenException;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.junit.Test;

public class BookScopeTest {

    private static final Caller CM = new Caller("cm1", "CM", Set.of(Role.CUSTOMER_MANAGER));
    private static final Caller HEAD = new Caller("head", "Head", Set.of(Role.CENTER_HEAD));
    private static final Caller CM_AND_HEAD = new Caller("cm2", "Both", Set.of(Role.CUSTOMER_MANAGER, Role.CENTER_HEAD));
    private static final Caller TELLER = new Caller("t1", "Teller", Set.of(Role.TELLER));

    @Test
    public void aCustomerManagerPlansTheirOwnBookWhateverTheyAsk() {
        assertTrue(BookScope.ownOnly(CM));
        assertEquals("cm1", BookScope.manager(CM, null));
        assertEquals("cm1", BookScope.manager(CM, " "));
        assertEquals("cm1", BookScope.manager(CM, "cm1"));
        assertThrows(ForbiddenException.class, () -> BookScope.manager(CM, "cm9"));
    }

    @Test
    public void theCentreHeadAndOtherReadersAskForAnyBookOrAll() {
        assertFalse(BookScope.ownOnly(CM_AND_HEAD));
        assertNull(BookScope.manager(HEAD, null));
        assertEquals("cm9", BookScope.manager(HEAD, " cm9 "));
        assertEquals("cm9", BookScope.manager(CM_AND_HEAD, "cm9"));
        assertNull(BookScope.manager(TELLER, null));
    }

    @Test
    public void aPeriodIsGivenInOrderAndAtMostAYear() {
        LocalDate day = LocalDate.of(2026, 12, 2);
        BookScope.period(day, day);
        BookScope.period(day, day.plusDays(365));
        assertEquals("from", assertThrows(InvalidInputException.class, () -> BookScope.period(null, day)).field());
        assertEquals("to", assertThrows(InvalidInputException.class, () -> BookScope.period(day, null)).field());
        assertEquals("to", assertThrows(InvalidInputException.class, () -> BookScope.period(day, day.minusDays(1))).field());
        assertEquals("to", assertThrows(InvalidInputException.class, () -> BookScope.period(day, day.plusDays(366))).field());
        assertEquals("from", assertThrows(InvalidInputException.class,
                () -> BookScope.period(LocalDate.of(1899, 12, 31), LocalDate.of(1900, 1, 1))).field());
    }
}
