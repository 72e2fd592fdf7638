package org.branchdesk.demo.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.branchdesk.counter.api.Authorisations;
import org.branchdesk.counter.api.CounterRequests;
import org.branchdesk.counter.api.RequestInput;
import org.branchdesk.counter.api.RequestStatus;
import org.branchdesk.counter.api.ServiceRequest;
import org.branchdesk.lobby.api.LobbyService;
import org.branchdesk.lobby.api.Priority;
import org.branchdesk.lobby.api.ServicePoint;
import org.branchdesk.lobby.api.Ticket;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A day at the counters (业务处理) in the demo branch, where the counter module is deployed (its
 * services are this component's references): requests the teller made and the checkers decided,
 * all through the services as their makers and checkers, so that every rule and audit entry
 * applies. In the business officer's inbox: a large cash withdrawal of a premium customer (first)
 * and an inquiry of a mass customer, and a card loss report linked to the lobby ticket the teller
 * called; an account opening approved and to be keyed into core banking; a large transfer
 * completed with core banking's reference; an unfreezing the supervisor rejected with a reason;
 * a mortgage of 1,500,000 that needs two supervisors' approvals, waiting for its second (the
 * centre head's). Only on the start that loaded the demo branch; the customers are ones the
 * other walk-throughs leave alone.
 */
@Component(immediate = true, service = CounterDemo.class)
public final class CounterDemo {

    static final Caller TELLER = new Caller("demo.teller", "Teller (demo)", Set.of(Role.TELLER));
    static final Caller OFFICER = new Caller("demo.officer", "Business officer (demo)", Set.of(Role.BUSINESS_OFFICER));
    static final Caller SUPERVISOR = new Caller("demo.supervisor", "Operations supervisor (demo)", Set.of(Role.OPERATIONS_SUPERVISOR));
    private static final Caller LOBBY = new Caller("demo.lobby", "Lobby manager (demo)", Set.of(Role.LOBBY_MANAGER));

    /** The core banking reference the teller keyed the large transfer under. */
    static final String CORE_REFERENCE = "CBS-DEMO-000123";

    private final CounterRequests requests;

    @Activate
    public CounterDemo(@Reference DemoLoader loader, @Reference CounterRequests requests, @Reference Authorisations authorisations,
            @Reference LobbyService lobby) {
        this.requests = requests;
        if (!loader.loadedNow()) {
            return;
        }
        // the officer's inbox: submitted oldest first, the premium customer's is shown first all the same
        MarketingDemo.step("a pending inquiry", () -> submit(input("INQUIRY_REPLY", "D00024", null,
                Map.of("subject", "standing order not executed", "question", "The monthly transfer of the 5th did not go out: why?"),
                null, "demo-inquiry")));
        MarketingDemo.step("a pending large cash withdrawal", () -> submit(input("LARGE_CASH_WITHDRAWAL", "D00030", "200000",
                Map.of("account", DemoCards.card(29)), null, "demo-withdrawal")));
        MarketingDemo.step("a loss report at a called ticket", () -> {
            Ticket issued = lobby.issue(ServicePoint.NON_CASH_COUNTER, Priority.STANDARD, "D00025", LOBBY);
            Ticket called = lobby.callNext(ServicePoint.NON_CASH_COUNTER, "N1", TELLER).orElse(issued);
            return submit(new RequestInput("LOSS_REPORT", "D00025", null, null,
                    Map.of("account", DemoCards.card(24), "medium", "CARD", "kind", "TEMPORARY"), called.id(), "demo-loss",
                    "card lost this morning; customer at counter N1"));
        });
        MarketingDemo.step("an account opening to be keyed", () -> {
            ServiceRequest r = submit(input("ACCOUNT_OPENING", "D00021", "5000", Map.of("accountType", "SAVINGS"), null, "demo-opening"));
            return authorisations.approve(r.id(), r.version(), OFFICER);
        });
        MarketingDemo.step("a completed large transfer", () -> {
            ServiceRequest r = submit(input("LARGE_TRANSFER", "D00028", "300000", Map.of("fromAccount", DemoCards.card(27), "toAccount",
                    "6217000010001234567", "payeeName", "Hangzhou Lakeside Property Co."), null, "demo-transfer"));
            authorisations.approve(r.id(), r.version(), OFFICER);
            keyed(r.id());
            return requests.confirm(r.id(), CORE_REFERENCE, TELLER);
        });
        MarketingDemo.step("a rejected unfreezing", () -> {
            ServiceRequest r = submit(input("UNFREEZE", "D00031", null, Map.of("account", DemoCards.card(30), "reason",
                    "court order lifted", "authority", "Dongcheng District People's Court"), null, "demo-unfreeze"));
            return authorisations.reject(r.id(), r.version(),
                    "the court's release notice is not attached: ask the customer for the original", SUPERVISOR);
        });
        MarketingDemo.step("a two-approval mortgage", () -> {
            ServiceRequest r = submit(input("LOAN", "D00029", "1500000", Map.of("loanType", "MORTGAGE", "termMonths", "240", "purpose",
                    "first home, Chaoyang district"), null, "demo-mortgage"));
            return authorisations.approve(r.id(), r.version(), SUPERVISOR); // the second: another supervisor or the centre head
        });
    }

    private ServiceRequest submit(RequestInput input) {
        return requests.submit(input, TELLER).request();
    }

    private static RequestInput input(String type, String customerId, String amount, Map<String, String> fields, Long ticketId,
            String clientKey) {
        return new RequestInput(type, customerId, amount == null ? null : new BigDecimal(amount), null, fields, ticketId, clientKey, null);
    }

    /** Waits (a few seconds at most) until the approved request has been handed over: the teller confirms it then. */
    private void keyed(long id) {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (requests.get(id, TELLER).status() == RequestStatus.APPROVED && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
