package org.branchdesk.complaint.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.EnumSet;
import java.util.Set;

import org.branchdesk.platform.api.ForbiddenException;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.junit.Test;

/** Who may do what with complaints, role by role. */
public class ComplaintAccessTest {

    private static Caller as(String username, Role role) {
        return new Caller(username, username, Set.of(role));
    }

    @Test
    public void staffWhoServeCustomersRecordAndWorkComplaintsAdminAndAuditorDoNot() {
        assertEquals(EnumSet.of(Role.CENTER_HEAD, Role.LOBBY_MANAGER, Role.CUSTOMER_MANAGER, Role.TELLER, Role.OPERATIONS_SUPERVISOR,
                Role.BUSINESS_OFFICER),
                EnumSet.copyOf(ComplaintAccess.STAFF));
        assertEquals(EnumSet.complementOf(EnumSet.copyOf(ComplaintAccess.STAFF)), EnumSet.of(Role.ADMIN, Role.AUDITOR));
    }

    @Test
    public void onlyTheHandlersAssignEscalateAndReadEveryComplaint() {
        for (Role role : Role.values()) {
            boolean handler = role == Role.CENTER_HEAD || role == Role.LOBBY_MANAGER;
            assertEquals(role.name(), handler, ComplaintAccess.HANDLERS.contains(role));
            assertEquals(role.name(), handler, ComplaintAccess.readsAll(as("u", role)));
        }
    }

    @Test
    public void onlyTheCentreHeadListsEverythingAndReadsTheFigures() {
        for (Role role : Role.values()) {
            Caller caller = as("u", role);
            if (role == Role.CENTER_HEAD) {
                ComplaintAccess.requireListAll(caller);
            } else {
                assertThrows(role.name(), ForbiddenException.class, () -> ComplaintAccess.requireListAll(caller));
            }
            assertEquals(role.name(), role == Role.CENTER_HEAD, ComplaintAccess.STATS.contains(role));
        }
    }

    @Test
    public void aComplaintIsReadByTheHandlersAndItsAssigneeOnly() {
        ComplaintAccess.requireReadable(as("head1", Role.CENTER_HEAD), "cm1");
        ComplaintAccess.requireReadable(as("lobby1", Role.LOBBY_MANAGER), null);
        ComplaintAccess.requireReadable(as("cm1", Role.CUSTOMER_MANAGER), "cm1");
        assertThrows(ForbiddenException.class, () -> ComplaintAccess.requireReadable(as("cm2", Role.CUSTOMER_MANAGER), "cm1"));
        assertThrows(ForbiddenException.class, () -> ComplaintAccess.requireReadable(as("teller1", Role.TELLER), null));
    }
}
