package org.branchdesk.counter.impl.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Set;

import org.branchdesk.counter.api.AuthorityLevel;
import org.branchdesk.platform.security.Role;

/**
 * The one decision of four eyes: may this person approve (or reject) this version of this
 * request. Never the maker nor anyone who changed it, whatever roles they hold; never twice the
 * same version; only with a role of the level the policy asks for and a limit that covers the
 * amount. Pure: {@link JpaAuthorisations} gives it the locked row's facts.
 */
final class FourEyes {

    /** What the rule needs to know of a request: its maker, editors, approvers of the current version, requirement. */
    record Case(String maker, Collection<String> editors, Collection<String> approvers, AuthorityLevel level, BigDecimal baseAmount) {
    }

    /** A checker's limit at a level (null: unlimited): {@link AuthorisationPolicy#limit}. */
    interface Limits {
        BigDecimal limit(String username, Set<Role> roles, AuthorityLevel level);
    }

    private FourEyes() {
    }

    /** Why this person may not approve, for them to read; null when they may. */
    static String refusal(Case c, String checker, Set<Role> roles, Limits limits) {
        if (checker.equals(c.maker())) {
            return "you made this request: someone else must authorise it";
        }
        if (c.editors().contains(checker)) {
            return "you changed this request: someone else must authorise it";
        }
        if (c.approvers().contains(checker)) {
            return "you have already approved this version: a second approval must come from someone else";
        }
        if (c.level() == AuthorityLevel.NONE) {
            return "this request needs no approval";
        }
        if (!AuthorisationPolicy.holds(roles, c.level())) {
            return "this request needs " + c.level() + " authority or higher";
        }
        BigDecimal limit = limits.limit(checker, roles, c.level());
        BigDecimal amount = c.baseAmount() == null ? BigDecimal.ZERO : c.baseAmount();
        if (limit != null && amount.compareTo(limit) > 0) {
            return "the amount is above your authorisation limit of " + limit.toPlainString();
        }
        return null;
    }
}
