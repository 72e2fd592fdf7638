package org.branchdesk.counter.impl.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.branchdesk.counter.api.AuthorityLevel;
import org.branchdesk.counter.api.Requirement;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.branchdesk.platform.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The authorisation policy in force (PID {@value PolicyConfigCheck#PID}): what each type and amount
 * band needs, each checker's limit, amounts in the base currency. Branch IT's changes take effect
 * in place ({@code @Modified}); a request keeps the requirement it was given when submitted or
 * last changed. Who may approve one request is {@link FourEyes}' decision with these figures.
 */
@Designate(ocd = PolicyConfig.class)
@Component(service = AuthorisationPolicy.class, configurationPid = PolicyConfigCheck.PID)
public final class AuthorisationPolicy {

    /** One configuration, parsed: replaced whole, so a reader never mixes two. */
    private record Policy(PolicyRules rules, Map<String, BigDecimal> roleLimits, Map<String, BigDecimal> personalLimits,
            String base, Map<String, BigDecimal> rates, InboxOrder order) {
    }

    private volatile Policy policy;

    @Activate
    public AuthorisationPolicy(PolicyConfig config) {
        modified(config);
    }

    @Modified
    void modified(PolicyConfig config) {
        PolicyConfigCheck.require(config);
        List<FieldError> errors = new ArrayList<>();
        String base = config.baseCurrency().trim();
        policy = new Policy(PolicyRules.parse(config.rules()), PolicyAmounts.roleLimits(config.roleLimits(), errors),
                PolicyAmounts.personalLimits(config.personalLimits(), errors), base, PolicyAmounts.rates(config.rates(), base, errors),
                new InboxOrder(config.inboxMaxWaitSeconds() * 1000));
    }

    /** What a request of this type and amount in the base currency (null: none) needs. */
    public Requirement requirement(String type, BigDecimal baseAmount) {
        return policy.rules().requirement(type, baseAmount);
    }

    /**
     * The amount in the base currency at the configured rate, to the cent (half up); null for
     * null. A currency without a rate: 400 naming {@code currency}. A null currency is the base.
     */
    public BigDecimal toBase(BigDecimal amount, String currency) {
        if (amount == null) {
            return null;
        }
        Policy p = policy;
        if (currency == null || currency.equals(p.base())) {
            return amount;
        }
        BigDecimal rate = p.rates().get(currency);
        if (rate == null) {
            throw new InvalidInputException("currency", "no exchange rate to " + p.base() + " is configured for '" + currency + "'");
        }
        return amount.multiply(rate).setScale(2, RoundingMode.HALF_UP);
    }

    public String baseCurrency() {
        return policy.base();
    }

    /** Whether someone holding these roles holds this level of authority. */
    public static boolean holds(Set<Role> roles, AuthorityLevel level) {
        return level != AuthorityLevel.NONE && roles.stream().anyMatch(level.roles()::contains);
    }

    /**
     * The highest base amount this person may approve at this level: their personal limit when
     * they have one (above or below their role's), else the highest limit of their roles that hold
     * the level; null when unlimited. Only meaningful when they hold the level.
     */
    public BigDecimal limit(String username, Set<Role> roles, AuthorityLevel level) {
        Policy p = policy;
        if (p.personalLimits().containsKey(username)) {
            return p.personalLimits().get(username);
        }
        BigDecimal best = BigDecimal.ZERO;
        for (Role r : roles) {
            if (!level.roles().contains(r)) {
                continue;
            }
            if (!p.roleLimits().containsKey(r.name())) {
                return null;
            }
            BigDecimal l = p.roleLimits().get(r.name());
            if (l == null) {
                return null;
            }
            best = best.max(l);
        }
        return best;
    }

    /** Every band the rules name, with its type ({@value PolicyRules#ANY} for the default). */
    public List<Map.Entry<String, Requirement>> bands() {
        return policy.rules().all();
    }

    /** The inbox's order in force. */
    InboxOrder inboxOrder() {
        return policy.order();
    }
}
