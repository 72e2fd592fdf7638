package org.branchdesk.marketing.impl.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.branchdesk.customer.api.CustomerService;
import org.branchdesk.customer.api.Holding;
import org.branchdesk.customer.api.ProductCategory;
import org.branchdesk.marketing.api.GoalNeed;
import org.branchdesk.marketing.api.Needs;
import org.branchdesk.marketing.api.Product;
import org.branchdesk.marketing.api.ProductProposer;
import org.branchdesk.marketing.api.Proposal;
import org.branchdesk.marketing.api.ProposalContext;
import org.branchdesk.marketing.api.Recommendation;
import org.branchdesk.marketing.api.Recommendations;
import org.branchdesk.marketing.api.SuitabilityVerdict;
import org.branchdesk.platform.api.ConflictException;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Caller;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recommendations: every {@link ProductProposer}'s proposals first (in {@code service.ranking}
 * order, highest first), then the module's own rule ({@link RecommendationOrder}), each through
 * suitability with the facts read once ({@link SuitabilityService#verdict}): the unsuitable are
 * dropped and their refusals audited. A customer without a valid risk profile gets none (409
 * {@code riskProfile}). A proposer that throws, or a proposal of a product not on the shelf, is
 * passed over and logged. The list read is audited as {@code RECOMMENDATIONS}.
 */
@Component(service = Recommendations.class)
public final class RecommendationsService implements Recommendations {

    private static final Logger LOG = LoggerFactory.getLogger(RecommendationsService.class);
    static final int REASON_LENGTH = 200;
    /** The shelf source's name in each recommendation. */
    static final String SHELF = "shelf";

    private final CustomerService customers;
    private final SuitabilityService suitability;
    private final ProductShelfService shelf;
    private final NeedsFilesService needs;
    private final AuditLog audit;

    /** The proposers registered now, with their service properties (for their ranking). */
    private final List<Map.Entry<Map<String, Object>, ProductProposer>> proposers = new CopyOnWriteArrayList<>();

    @Activate
    public RecommendationsService(@Reference CustomerService customers, @Reference SuitabilityService suitability,
            @Reference ProductShelfService shelf, @Reference NeedsFilesService needs, @Reference AuditLog audit) {
        this.customers = customers;
        this.suitability = suitability;
        this.shelf = shelf;
        this.needs = needs;
        this.audit = audit;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addProposer(ProductProposer proposer, Map<String, Object> properties) {
        proposers.add(Map.entry(properties, proposer));
    }

    void removeProposer(ProductProposer proposer, Map<String, Object> properties) {
        proposers.removeIf(e -> e.getValue() == proposer);
    }

    /** Highest {@code service.ranking} first, then the oldest registration. */
    List<ProductProposer> ranked() {
        return proposers.stream().sorted(Comparator.comparingInt((Map.Entry<Map<String, Object>, ProductProposer> e) -> -ranking(e.getKey()))
                .thenComparingLong(e -> id(e.getKey()))).map(Map.Entry::getValue).toList();
    }

    private static int ranking(Map<String, Object> p) {
        return p.get(Constants.SERVICE_RANKING) instanceof Integer r ? r : 0;
    }

    private static long id(Map<String, Object> p) {
        return p.get(Constants.SERVICE_ID) instanceof Long id ? id : Long.MAX_VALUE;
    }

    @Override
    public List<Recommendation> recommend(String customerId, int limit, Caller caller) {
        SuitabilityService.Facts facts = suitability.facts(customerId, caller);
        if (facts.risk() == null) {
            throw new ConflictException("riskProfile", "RISK_PROFILE_MISSING: customer " + customerId
                    + " has never taken a risk profile: take one before recommending products");
        }
        if (facts.today().isAfter(facts.risk().validUntil())) {
            throw new ConflictException("riskProfile", "RISK_PROFILE_EXPIRED: the risk profile of customer " + customerId + " expired after "
                    + facts.risk().validUntil() + ": renew it before recommending products");
        }
        int max = Math.max(1, limit);
        Set<ProductCategory> held = EnumSet.noneOf(ProductCategory.class);
        for (Holding h : customers.holdings(customerId, caller)) {
            if (h.amount() != null && h.amount().signum() > 0) {
                held.add(h.category());
            }
        }
        List<GoalNeed> goals = needs.needsOf(customerId).map(Needs::goals).orElse(List.of());
        List<Product> onShelf = shelf.onShelf();
        Map<String, Product> byCode = onShelf.stream().collect(Collectors.toMap(Product::code, Function.identity()));
        List<Recommendation> out = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        ProposalContext context = new ProposalContext(customerId, facts.segment(), facts.customer().averageAssets(), facts.risk().tolerance(),
                Set.copyOf(held), goals, onShelf);
        for (ProductProposer proposer : ranked()) {
            if (out.size() >= max) {
                break;
            }
            String name;
            List<Proposal> proposals;
            try {
                name = proposer.name();
                proposals = proposer.propose(context);
            } catch (RuntimeException e) {
                LOG.warn("product proposer {} failed for a customer and is passed over", proposer.getClass().getName(), e);
                continue;
            }
            if (proposals == null) {
                continue;
            }
            for (Proposal p : proposals) {
                if (out.size() >= max) {
                    break;
                }
                Product product = p == null || p.productCode() == null ? null : byCode.get(p.productCode());
                if (product == null) {
                    LOG.warn("product proposer {} proposed {}, which is not on the shelf: passed over", name, p == null ? null : p.productCode());
                    continue;
                }
                if (p.amount() != null && (p.amount().signum() <= 0 || p.amount().stripTrailingZeros().scale() > 2)) {
                    LOG.warn("product proposer {} proposed {} for {}, not an amount: passed over", name, p.productCode(), p.amount());
                    continue;
                }
                if (taken.contains(product.code())) {
                    continue;
                }
                BigDecimal amount = p.amount() == null ? product.minimumAmount() : p.amount();
                SuitabilityVerdict v = suitability.verdict(facts, product.code(), product, amount, caller);
                if (v.suitable()) {
                    taken.add(product.code());
                    out.add(new Recommendation(product, amount, source(name), reason(p.reason())));
                }
            }
        }
        for (RecommendationOrder.Candidate c : RecommendationOrder.candidates(onShelf, held, goals)) {
            if (out.size() >= max) {
                break;
            }
            if (taken.contains(c.product().code())) {
                continue;
            }
            SuitabilityVerdict v = suitability.verdict(facts, c.product().code(), c.product(), null, caller);
            if (v.suitable()) {
                taken.add(c.product().code());
                out.add(new Recommendation(c.product(), c.product().minimumAmount(), SHELF, c.reason()));
            }
        }
        audit.record(caller, customerId, "RECOMMENDATIONS", out.size() + " products: "
                + out.stream().map(r -> r.product().code()).collect(Collectors.joining(", ")));
        return out;
    }

    private static String source(String name) {
        String n = name == null || name.isBlank() ? "proposer" : name.trim();
        return n.length() > 50 ? n.substring(0, 50) : n;
    }

    private static String reason(String reason) {
        if (reason == null) {
            return null;
        }
        String r = reason.strip();
        return r.length() > REASON_LENGTH ? r.substring(0, REASON_LENGTH) : r;
    }
}
