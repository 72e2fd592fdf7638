package org.branchdesk.marketing.impl.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Collectors;

import org.branchdesk.customer.api.AssignmentService;
import org.branchdesk.customer.api.Customer;
import org.branchdesk.customer.api.CustomerService;
import org.branchdesk.customer.api.Segment;
import org.branchdesk.marketing.api.Product;
import org.branchdesk.marketing.api.RiskAssessment;
import org.branchdesk.marketing.api.Suitability;
import org.branchdesk.marketing.api.SuitabilityVerdict;
import org.branchdesk.platform.api.ConflictException;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Suitability, decided here and nowhere else ({@link SuitabilityRules}): the customer's manager
 * or the centre head asks, the facts are read once (the customer, their newest risk profile, the
 * product) and every refusal is audited as {@code SUITABILITY_REFUSED} with the product and the
 * rules. There is no override.
 */
@Component(service = { Suitability.class, SuitabilityService.class })
public final class SuitabilityService implements Suitability {

    private final AssignmentService assignments;
    private final CustomerService customers;
    private final RiskProfilesService risk;
    private final ProductShelfService shelf;
    private final AuditLog audit;
    private final ModuleClock clock;

    @Activate
    public SuitabilityService(@Reference AssignmentService assignments, @Reference CustomerService customers,
            @Reference RiskProfilesService risk, @Reference ProductShelfService shelf, @Reference AuditLog audit,
            @Reference ModuleClock clock) {
        this.assignments = assignments;
        this.customers = customers;
        this.risk = risk;
        this.shelf = shelf;
        this.audit = audit;
        this.clock = clock;
    }

    /** What suitability knows about one customer on one day, read once for several products. */
    record Facts(String customerId, Customer customer, RiskAssessment risk, LocalDate today) {
        Segment segment() {
            return customer.segment();
        }
    }

    /** The facts of a customer the caller may work (checked here). */
    Facts facts(String customerId, Caller caller) {
        MarketingAccess.requireCustomer(caller, customerId, assignments);
        Customer c = customers.get(customerId, caller);
        return new Facts(customerId, c, risk.currentOf(customerId).orElse(null), clock.today());
    }

    @Override
    public SuitabilityVerdict check(String customerId, String productCode, BigDecimal amount, Caller caller) {
        String code = code(productCode, "productCode");
        checkAmount(amount);
        Facts facts = facts(customerId, caller);
        return verdict(facts, code, shelf.find(code), amount, caller);
    }

    @Override
    public SuitabilityVerdict require(String customerId, String productCode, BigDecimal amount, String field, Caller caller) {
        String f = field == null || field.isBlank() ? "productCode" : field;
        String code = code(productCode, f);
        checkAmount(amount);
        SuitabilityVerdict v = verdict(facts(customerId, caller), code, shelf.find(code), amount, caller);
        if (!v.suitable()) {
            throw new ConflictException(f, v.reason());
        }
        return v;
    }

    /** The verdict of one product from facts already read; a refusal is audited. */
    SuitabilityVerdict verdict(Facts facts, String code, Product product, BigDecimal amount, Caller caller) {
        SuitabilityVerdict v = SuitabilityRules.verdict(facts.customerId(), code, facts.risk(), facts.segment(), product, amount, facts.today());
        if (!v.suitable()) {
            BigDecimal offered = amount != null ? amount : product == null ? null : product.minimumAmount();
            audit.record(caller, facts.customerId(), "SUITABILITY_REFUSED", "product " + v.productCode()
                    + (offered == null ? "" : " for " + offered.toPlainString()) + ": "
                    + v.refusals().stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
        return v;
    }

    private static String code(String productCode, String field) {
        if (productCode == null || productCode.isBlank()) {
            throw new InvalidInputException(field, "is required: the code of a product on the shelf");
        }
        String code = productCode.trim();
        if (!ShelfRules.CODE.matcher(code).matches()) {
            throw new InvalidInputException(field, "is not a product code: 1 to 32 letters, digits, '-' or '_'");
        }
        return code;
    }

    /** An amount, when given, is above zero, in fen at most, and not absurd. */
    static void checkAmount(BigDecimal amount) {
        if (amount != null && (amount.signum() <= 0 || amount.compareTo(ShelfRules.MOST_AMOUNT) > 0 || amount.stripTrailingZeros().scale() > 2)) {
            throw new InvalidInputException("amount", "must be above 0 and at most " + ShelfRules.MOST_AMOUNT.toPlainString()
                    + " CNY, in fen at most");
        }
    }
}
