package org.branchdesk.tests;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.branchdesk.customer.api.Segment;
import org.branchdesk.marketing.api.Issuer;
import org.branchdesk.marketing.api.ProductInput;
import org.branchdesk.marketing.api.ProductShelf;
import org.branchdesk.marketing.api.RiskAssessment;
import org.branchdesk.marketing.api.RiskProfiles;
import org.branchdesk.marketing.api.RiskQuestionnaire;
import org.branchdesk.marketing.api.RiskRating;
import org.branchdesk.marketing.api.RiskTolerance;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * What the plans and opportunities tests set up through the marketing services themselves (the
 * shelf's and risk profiles' own tests cover their REST API): products on the shelf and risk
 * profiles of a chosen tolerance, whatever the questionnaire configured.
 */
final class PlansFixture {

    static final Caller HEAD = new Caller("head1", "head1", Set.of(Role.CENTER_HEAD));
    static final List<Segment> PREMIUM = List.of(Segment.PRIVATE, Segment.HIGH, Segment.MID);

    private PlansFixture() {
    }

    static <S> S service(BundleContext context, Class<S> type) throws InterruptedException {
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        S s = tracker.waitForService(60_000);
        if (s == null) {
            throw new AssertionError("no " + type.getSimpleName());
        }
        return s;
    }

    /** Waits until the whiteboard serves the module's resources (it registers them asynchronously): the centre head's 200s. */
    static void awaitResources(Http http, String head) throws InterruptedException {
        for (String path : List.of("marketing/opportunities", "marketing/referrals", "marketing/customers/T003/plans")) {
            long deadline = System.nanoTime() + 60_000_000_000L;
            Http.Reply r;
            while ((r = http.get(path, head)).status() != 200) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("no resource at " + path + ": " + r);
                }
                Thread.sleep(100);
            }
        }
    }

    /** The test products: a fund (R3, minimum 10,000), a stock product (R5), a deposit (R1, also for mass-affluent customers), for the premium segments. */
    static void shelve(BundleContext context) throws InterruptedException {
        ProductShelf shelf = service(context, ProductShelf.class);
        shelf.put(new ProductInput("PL-FND", "Balanced <Fund>", "funds", Issuer.AGENCY, RiskRating.R3, new BigDecimal("10000"), null, null, null,
                PREMIUM, List.of("branch")), HEAD);
        shelf.put(new ProductInput("PL-STK", "Equity Select", "stocks", Issuer.AGENCY, RiskRating.R5, BigDecimal.ZERO, null, null, null, PREMIUM,
                List.of("branch")), HEAD);
        shelf.put(new ProductInput("PL-DEP", "Time Deposit 1Y", "deposits", Issuer.OWN, RiskRating.R1, new BigDecimal("1000"), 365, null, null,
                List.of(Segment.PRIVATE, Segment.HIGH, Segment.MID, Segment.MASS_AFFLUENT), List.of("branch")), HEAD);
    }

    /** Takes the questionnaire with the customer with answers that score the given tolerance. */
    static RiskAssessment assess(BundleContext context, String customerId, RiskTolerance tolerance, Caller manager) throws InterruptedException {
        RiskProfiles risk = service(context, RiskProfiles.class);
        RiskQuestionnaire q = risk.questionnaire(manager);
        int low = q.thresholds().get(tolerance.ordinal());
        int high = tolerance.ordinal() + 1 < q.thresholds().size() ? q.thresholds().get(tolerance.ordinal() + 1) : Integer.MAX_VALUE;
        // every total score reachable, with one set of answers that reaches it
        TreeMap<Integer, Map<String, String>> reachable = new TreeMap<>(Map.of(0, Map.of()));
        for (RiskQuestionnaire.Question question : q.questions()) {
            TreeMap<Integer, Map<String, String>> next = new TreeMap<>();
            reachable.forEach((score, answers) -> {
                for (RiskQuestionnaire.Answer a : question.answers()) {
                    Map<String, String> more = new HashMap<>(answers);
                    more.put(question.id(), a.id());
                    next.putIfAbsent(score + a.score(), more);
                }
            });
            reachable = next;
        }
        Map.Entry<Integer, Map<String, String>> hit = reachable.ceilingEntry(low);
        if (hit == null || hit.getKey() >= high) {
            throw new AssertionError("the questionnaire cannot score " + tolerance);
        }
        RiskAssessment a = risk.assess(customerId, hit.getValue(), manager);
        if (a.tolerance() != tolerance) {
            throw new AssertionError("scored " + a.tolerance() + ", not " + tolerance);
        }
        return a;
    }
}
