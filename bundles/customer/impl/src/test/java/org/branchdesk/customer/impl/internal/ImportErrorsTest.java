package org.branchdesk.customer.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;

import org.branchdesk.platform.api.InvalidInputException;
import org.junit.Test;

public class ImportErrorsTest {

    @Test
    public void aFileWithoutErrorsPasses() {
        ImportErrors errors = new ImportErrors();
        errors.failIfAny();
        assertEquals(true, errors.isEmpty());
    }

    @Test
    public void errorsAreGivenInLineOrderAndNoMoreThanTheMaximum() {
        ImportErrors errors = new ImportErrors();
        errors.add("manager", "'x' is not an active customer manager", 7);
        errors.add("customer_id", "unknown customer C9", 3);
        for (int i = 0; i < 200; i++) {
            errors.add("customer_id", "unknown customer C" + i, 1000 + i);
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, errors::failIfAny);
        List<InvalidInputException.FieldError> given = e.errors();
        assertEquals(ImportErrors.MAX, given.size());
        assertEquals(Integer.valueOf(3), given.get(0).line());
        assertEquals("customer_id", given.get(0).field());
        assertEquals(Integer.valueOf(7), given.get(1).line());
        assertEquals(Integer.valueOf(1000 + ImportErrors.MAX - 3), given.get(ImportErrors.MAX - 1).line());
    }
}
