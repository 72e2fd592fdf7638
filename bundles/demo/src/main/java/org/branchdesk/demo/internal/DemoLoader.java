package org.branchdesk.demo.internal;

import java.io.StringReader;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.branchdesk.customer.api.AssignmentReason;
import org.branchdesk.customer.api.AssignmentRequest;
import org.branchdesk.customer.api.AssignmentService;
import org.branchdesk.customer.api.Channel;
import org.branchdesk.customer.api.CustomerService;
import org.branchdesk.customer.api.InteractionInput;
import org.branchdesk.customer.api.InteractionLog;
import org.branchdesk.customer.api.ManagerLevel;
import org.branchdesk.customer.api.SegmentationRun;
import org.branchdesk.customer.api.SegmentationService;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.branchdesk.platform.security.StaffDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * On the first start with {@code --demo}, loads a synthetic branch: one member of staff per
 * role (two customer managers; the business officer checks the counter's requests, {@link CounterDemo}), customers of every segment with a whole previous quarter of
 * balances, and a segmentation run, after which the allocation rules give the premium customers
 * the file left without a manager to the second manager, except the private-banking one that
 * needs a senior manager (the centre head's list). Then the relationship work a newcomer can click through:
 * a few recorded contacts (one overdue by its plan), birthdays and maturities in the coming days,
 * and one customer handed over from one manager to the other. A database that already has the
 * demo staff is left alone.
 *
 * <p>The demo accounts' passwords are generated and printed once, or, when
 * {@value #DEMO_PASSWORD_ENV} is set (and passes the password rules), all of them are that
 * value, so that a tour of the demo branch can be copied and pasted. Only the demo accounts
 * take it: this bundle is in no deployment but the one {@code --demo} starts.
 */
@Component(immediate = true, service = DemoLoader.class)
public final class DemoLoader {

    static final int CUSTOMERS = 60;

    static final String DEMO_PASSWORD_ENV = "BRANCHDESK_DEMO_PASSWORD";

    /** Whether this start loaded the demo branch (what the modules' own demo data waits for). */
    private final boolean loadedNow;

    @Activate
    public DemoLoader(@Reference StaffDirectory staff, @Reference CustomerService customers,
            @Reference SegmentationService segmentation, @Reference AssignmentService assignments,
            @Reference InteractionLog interactions) {
        loadedNow = staff.find("demo.lobby").isEmpty();
        if (!loadedNow) {
            System.out.println("Demo data is already loaded.");
            return;
        }
        Map<String, String> accounts = new LinkedHashMap<>();
        SecureRandom random = new SecureRandom();
        String chosen = System.getenv(DEMO_PASSWORD_ENV);
        if (chosen != null && !chosen.isEmpty()) {
            try {
                staff.create("demo.head", chosen, "Centre head (demo)", EnumSet.of(Role.CENTER_HEAD));
                accounts.put("demo.head", chosen);
            } catch (InvalidInputException refused) {
                System.out.println(DEMO_PASSWORD_ENV + " is refused (" + refused.getMessage()
                        + "): the demo accounts get generated passwords.");
                chosen = null;
            }
        } else {
            chosen = null;
        }
        create(staff, accounts, random, chosen, "demo.head", "Centre head (demo)", Role.CENTER_HEAD);
        create(staff, accounts, random, chosen, "demo.supervisor", "Operations supervisor (demo)", Role.OPERATIONS_SUPERVISOR);
        create(staff, accounts, random, chosen, "demo.officer", "Business officer (demo)", Role.BUSINESS_OFFICER);
        create(staff, accounts, random, chosen, "demo.cm", "Customer manager (demo)", Role.CUSTOMER_MANAGER);
        create(staff, accounts, random, chosen, "demo.cm2", "Second customer manager (demo)", Role.CUSTOMER_MANAGER);
        create(staff, accounts, random, chosen, "demo.lobby", "Lobby manager (demo)", Role.LOBBY_MANAGER);
        create(staff, accounts, random, chosen, "demo.teller", "Teller (demo)", Role.TELLER);
        create(staff, accounts, random, chosen, "demo.auditor", "Auditor (demo)", Role.AUDITOR);

        LocalDate thisQuarter = LocalDate.now().with(IsoFields.DAY_OF_QUARTER, 1);
        LocalDate start = thisQuarter.minusMonths(3);
        DemoData data = new DemoData(CUSTOMERS, start, thisQuarter.minusDays(1), "demo.cm", LocalDate.now());
        Caller loader = new Caller("demo.loader", "Demo data loader", Set.of(Role.ADMIN));
        Caller head = new Caller("demo.head", "Centre head (demo)", Set.of(Role.CENTER_HEAD));
        // neither manager is senior enough for a private-banking customer the file leaves without one
        // (D00040): the allocation rules leave them on the centre head's list, to assign by hand
        assignments.setProfile("demo.cm2", ManagerLevel.MANAGER, 60, head);
        customers.importCustomers(new StringReader(data.customersCsv()), loader);
        customers.importHoldings(new StringReader(data.holdingsCsv()), loader);
        customers.importBalances(new StringReader(data.balancesCsv()), loader);
        String quarter = start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
        SegmentationRun run = segmentation.run(quarter, loader);
        relationshipWork(assignments, interactions, head);

        StringBuilder banner = new StringBuilder("\n=== Branchdesk demo data loaded: ").append(CUSTOMERS)
                .append(" customers (D00001..), segmented from ").append(quarter).append(": ").append(run.bySegment())
                .append(chosen == null ? "\n    Demo staff (passwords are shown only now):\n" : "\n    Demo staff:\n");
        String given = chosen;
        accounts.forEach((user, password) -> banner.append("      ").append(user).append(" / ")
                .append(password.equals(given) ? "the password in " + DEMO_PASSWORD_ENV : password).append('\n'));
        System.out.println(banner);
    }

    /**
     * Contacts recorded by the first manager (the private-banking customer's 20 days ago, past
     * the default 14-day plan), and one customer handed over to the second manager: a handover
     * with its month's deadline for the second manager to complete.
     */
    private static void relationshipWork(AssignmentService assignments, InteractionLog interactions, Caller head) {
        Caller cm = new Caller("demo.cm", "Customer manager (demo)", Set.of(Role.CUSTOMER_MANAGER));
        Instant now = Instant.now();
        interactions.record("D00001", new InteractionInput(Channel.PHONE, now.minus(Duration.ofDays(20)), "portfolio review",
                "wants to talk about the maturing wealth product", null), "demo", cm);
        interactions.record("D00002", new InteractionInput(Channel.BRANCH_VISIT, now.minus(Duration.ofDays(10)), "fund subscription",
                "subscribed", null), "demo", cm);
        interactions.record("D00003", new InteractionInput(Channel.CHAT_APP, now.minus(Duration.ofDays(2)), "market update",
                "read", null), "demo", cm);
        assignments.current("D00005", head).ifPresent(open -> assignments.assign("D00005",
                new AssignmentRequest("demo.cm2", AssignmentReason.REBALANCING, open.id()), head));
    }

    /** Whether this start loaded the demo branch: a module's demo data goes only on top of a freshly loaded one. */
    boolean loadedNow() {
        return loadedNow;
    }

    /** Creates a demo account with the chosen password, or a generated one when none is chosen. */
    private static void create(StaffDirectory staff, Map<String, String> accounts, SecureRandom random, String chosen,
            String username, String name, Role role) {
        if (accounts.containsKey(username)) {
            return; // made while checking the chosen password
        }
        String password = chosen;
        if (password == null) {
            byte[] bytes = new byte[12];
            random.nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        staff.create(username, password, name, EnumSet.of(role));
        accounts.put(username, password);
    }
}
