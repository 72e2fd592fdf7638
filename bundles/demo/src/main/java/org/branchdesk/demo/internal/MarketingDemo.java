package org.branchdesk.demo.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Dictionary;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.branchdesk.customer.api.Channel;
import org.branchdesk.customer.api.Segment;
import org.branchdesk.customer.api.TargetCriteria;
import org.branchdesk.marketing.api.Campaign;
import org.branchdesk.marketing.api.CampaignInput;
import org.branchdesk.marketing.api.Campaigns;
import org.branchdesk.marketing.api.ContactInput;
import org.branchdesk.marketing.api.ContactOutcome;
import org.branchdesk.marketing.api.Goal;
import org.branchdesk.marketing.api.GoalNeed;
import org.branchdesk.marketing.api.Issuer;
import org.branchdesk.marketing.api.LifeStage;
import org.branchdesk.marketing.api.NeedsFiles;
import org.branchdesk.marketing.api.NeedsInput;
import org.branchdesk.marketing.api.OptOuts;
import org.branchdesk.marketing.api.ProductInput;
import org.branchdesk.marketing.api.ProductShelf;
import org.branchdesk.marketing.api.RiskProfiles;
import org.branchdesk.marketing.api.RiskQuestionnaire;
import org.branchdesk.marketing.api.RiskRating;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Contact marketing in the demo branch, where the module is deployed (its services are this
 * component's references, so a tier without it gets none of this): a shelf of own and agency
 * products, risk profiles for a few of the first manager's customers (one expired), a needs file,
 * a launched campaign with a few contacts (one bought, one opt-out). The plan and the
 * opportunities follow ({@link PlansDemo}). Only on the start that loaded the demo branch;
 * customers the other walk-throughs use are left alone, so their steps show what they did.
 */
@Component(immediate = true, service = MarketingDemo.class)
public final class MarketingDemo {

    static final String CAMPAIGN = "Maturing wealth products: reinvest with a plan";

    private static final Caller HEAD = new Caller("demo.head", "Centre head (demo)", Set.of(Role.CENTER_HEAD));
    private static final Caller CM = new Caller("demo.cm", "Customer manager (demo)", Set.of(Role.CUSTOMER_MANAGER));

    private final boolean loadedNow;

    @Activate
    public MarketingDemo(@Reference DemoLoader loader, @Reference ProductShelf shelf, @Reference RiskProfiles risk,
            @Reference NeedsFiles needs, @Reference Campaigns campaigns, @Reference OptOuts optOuts, BundleContext context) {
        loadedNow = loader.loadedNow();
        if (!loadedNow) {
            return;
        }
        step("the product shelf", () -> shelf.putAll(products(LocalDate.now()), HEAD));
        // D00006, D00014, D00017: demo.cm's MID, PRIVATE and MID customers; D00010: mass-affluent, potential premium, no manager
        step("risk profiles", () -> {
            assess(risk, "D00006", 0.5);
            assess(risk, "D00014", 1.0);
            assess(risk, "D00017", 0.5);
            assess(risk, "D00010", 0.25);
            // D00007's was taken 13 months ago: expired, to be renewed before anything is recommended
            Instant past = Instant.now().minus(Duration.ofDays(400));
            Dictionary<String, Object> props = new Hashtable<>(Map.of("branchdesk.clock", true));
            ServiceRegistration<Clock> then = context.registerService(Clock.class, Clock.fixed(past, ZoneId.systemDefault()), props);
            try {
                assess(risk, "D00007", 0.5);
            } finally {
                then.unregister();
            }
            return null;
        });
        step("a needs file", () -> needs.put("D00017", new NeedsInput(LifeStage.ESTABLISHED_FAMILY, List.of(
                new GoalNeed(Goal.EDUCATION, new BigDecimal("300000"), 8), new GoalNeed(Goal.RETIREMENT, new BigDecimal("1000000"), 20)),
                "daughter starts university in 2034"), CM));
        step("a campaign with contacts", () -> {
            Campaign c = campaigns.define(new CampaignInput(CAMPAIGN, "reinvest maturing wealth products into a planned portfolio",
                    List.of(Channel.PHONE, Channel.SMS, Channel.BRANCH_VISIT), new TargetCriteria(EnumSet.of(Segment.MID), null, null, null,
                            null, null, null, null, null, "demo.cm", null), "DM-FND-BAL", LocalDate.now().plusDays(30), null), HEAD);
            campaigns.launch(c.id(), HEAD);
            Instant now = Instant.now();
            campaigns.contact(c.id(), "D00006", new ContactInput(Channel.PHONE, ContactOutcome.BOUGHT, "DM-FND-BAL", new BigDecimal("80000"),
                    now.minus(Duration.ofHours(3)), "subscribed at the counter after the call"), CM);
            campaigns.contact(c.id(), "D00018", new ContactInput(Channel.SMS, ContactOutcome.NO_ANSWER, null, null,
                    now.minus(Duration.ofHours(2)), null), CM);
            optOuts.optOut("D00018", Channel.SMS, null, "asked by phone not to get marketing text messages", CM);
            campaigns.contact(c.id(), "D00019", new ContactInput(Channel.PHONE, ContactOutcome.APPOINTMENT, null, null,
                    now.minus(Duration.ofHours(1)), "comes in on Friday"), CM);
            return c;
        });
    }

    /** Whether this start seeded the marketing demo (what {@link PlansDemo} waits for). */
    boolean loadedNow() {
        return loadedNow;
    }

    /** About a dozen products of the catalogue's families, own and agency, R1 to R5; one whose sale window has closed. */
    static List<ProductInput> products(LocalDate today) {
        return List.of(
                new ProductInput("DM-TD-3Y", "3-year time deposit", "deposits", Issuer.OWN, RiskRating.R1, new BigDecimal("50"), 1095, null,
                        null, null, null),
                new ProductInput("DM-WP-90", "Steady 90-day wealth product", "wealth products", Issuer.OWN, RiskRating.R2,
                        new BigDecimal("10000"), 90, today.minusDays(10), today.plusDays(20), null, null),
                new ProductInput("DM-WP-365", "Growth 365-day wealth product", "wealth products", Issuer.OWN, RiskRating.R2,
                        new BigDecimal("50000"), 365, null, null, null, null),
                new ProductInput("DM-WP-Q3", "Autumn special wealth product (sale closed)", "wealth products", Issuer.OWN, RiskRating.R2,
                        new BigDecimal("50000"), 182, today.minusDays(60), today.minusDays(30), null, null),
                new ProductInput("DM-FND-MM", "Money-market fund", "funds", Issuer.AGENCY, RiskRating.R1, new BigDecimal("1"), null, null, null,
                        null, null),
                new ProductInput("DM-FND-BOND", "Bond fund", "funds", Issuer.AGENCY, RiskRating.R2, new BigDecimal("1000"), null, null, null,
                        null, null),
                new ProductInput("DM-FND-BAL", "Balanced fund", "funds", Issuer.AGENCY, RiskRating.R3, new BigDecimal("1000"), null, null, null,
                        null, null),
                new ProductInput("DM-FND-EQ", "Equity growth fund", "funds", Issuer.AGENCY, RiskRating.R4, new BigDecimal("1000"), null, null,
                        null, null, null),
                new ProductInput("DM-BND-GOV", "3-year savings bond", "bonds", Issuer.OWN, RiskRating.R1, new BigDecimal("100"), 1095, null, null,
                        null, null),
                new ProductInput("DM-GLD", "Accumulated gold account", "precious metals", Issuer.OWN, RiskRating.R3, new BigDecimal("1000"),
                        null, null, null, null, null),
                new ProductInput("DM-INS-ANN", "Education annuity insurance", "life insurance", Issuer.AGENCY, RiskRating.R1,
                        new BigDecimal("10000"), 3650, null, null, null, null),
                new ProductInput("DM-TR-FAM", "Family trust", "trusts", Issuer.AGENCY, RiskRating.R5, new BigDecimal("3000000"), 3650, null, null,
                        null, null),
                // a channel product: cross-selling covers e-banking and cards as well as wealth products
                new ProductInput("DM-MB", "Mobile banking with wealth tools", "mobile banking", Issuer.OWN, RiskRating.R1, BigDecimal.ZERO,
                        null, null, null, null, null));
    }

    /**
     * Takes the questionnaire with the customer, each answer at the same place among its question's
     * answers ordered by score: 0 the most cautious, 1 the boldest.
     */
    private static void assess(RiskProfiles risk, String customerId, double boldness) {
        RiskQuestionnaire q = risk.questionnaire(CM);
        Map<String, String> answers = new HashMap<>();
        for (RiskQuestionnaire.Question question : q.questions()) {
            List<RiskQuestionnaire.Answer> byScore = question.answers().stream()
                    .sorted(java.util.Comparator.comparingInt(RiskQuestionnaire.Answer::score)).toList();
            answers.put(question.id(), byScore.get((int) Math.round(boldness * (byScore.size() - 1))).id());
        }
        risk.assess(customerId, answers, CM);
    }

    /** One part of the demo: a part of the module that refuses it leaves the rest to be seeded, and says so. */
    static void step(String what, Supplier<?> step) {
        try {
            step.get();
        } catch (RuntimeException e) {
            System.out.println("Demo data: " + what + " could not be seeded: " + e.getMessage());
        }
    }
}
