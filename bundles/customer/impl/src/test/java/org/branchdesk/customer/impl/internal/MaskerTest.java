package org.branchdesk.customer.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;

import org.branchdesk.customer.api.Customer;
import org.branchdesk.customer.api.Education;
import org.branchdesk.customer.api.IdType;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.junit.Test;

public class MaskerTest {

    private final Masker masker = new Masker(new String[] { "TELLER" }, new String[] { "TELLER" }, new String[] { "TELLER" });
    private final Customer customer = new Customer("C1", "王", IdType.RESIDENT_ID, "110105194912310021", "13812345678",
            java.time.LocalDate.of(1949, 12, 31), 1949, Education.UNKNOWN, null, List.of("6222021234567890123"), null, "cm1", null, null, null, false);

    @Test
    public void masksForRolesThatDoNotNeedTheValues() {
        Masker.Masked m = masker.mask(customer, new Caller("lobby", "L", Set.of(Role.LOBBY_MANAGER)));
        assertEquals("**************0021", m.customer().idNumber());
        // the masked number hides the birth date, and no other field gives it back
        assertEquals(null, m.customer().birthDate());
        assertEquals(Integer.valueOf(1949), m.customer().birthYear());
        assertEquals("138****5678", m.customer().phone());
        assertEquals("622202*********0123", m.customer().cardNumbers().get(0));
        assertTrue(m.unmasked().isEmpty());
    }

    @Test
    public void showsInFullAndSaysWhatWasShown() {
        Masker.Masked m = masker.mask(customer, new Caller("t", "T", Set.of(Role.TELLER, Role.LOBBY_MANAGER)));
        assertEquals("110105194912310021", m.customer().idNumber());
        assertEquals(java.time.LocalDate.of(1949, 12, 31), m.customer().birthDate());
        assertEquals(List.of("idNumber", "phone", "cardNumbers"), m.unmasked());
    }

    @Test
    public void theDedicatedManagerSeesTheirOwnCustomersPhone() {
        assertEquals("13812345678", masker.mask(customer, new Caller("cm1", "M", Set.of(Role.CUSTOMER_MANAGER))).customer().phone());
        assertEquals("138****5678", masker.mask(customer, new Caller("cm2", "M", Set.of(Role.CUSTOMER_MANAGER))).customer().phone());
    }
}
