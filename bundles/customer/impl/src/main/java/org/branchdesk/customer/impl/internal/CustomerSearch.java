package org.branchdesk.customer.impl.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.branchdesk.customer.api.Customer;
import org.branchdesk.customer.api.Identifier;
import org.branchdesk.customer.impl.internal.jpa.CardEntity;
import org.branchdesk.customer.impl.internal.jpa.CustomerEntity;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.TextRules;
import org.branchdesk.platform.api.TooManyRequestsException;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Caller;
import org.osgi.service.transaction.control.TransactionControl;

/**
 * Finding customers: a search by name prefix or identifier, and the identification of one
 * customer at the counter or in the lobby. Each is counted against the caller's rate
 * ({@link SearchLimiter}) and audited with what was searched for, masked ({@link SearchTerms}).
 */
final class CustomerSearch {

    private static final Pattern IDENTIFIER = Pattern.compile("[0-9Xx]{5,19}|0\\d{2,3}-\\d{7,8}");
    /** Longest query: a name's column holds 100 characters, every identifier fewer. */
    private static final int QUERY_MAX = 100;

    private final TransactionControl tx;
    private final EntityManager em;
    private final AuditLog audit;
    private final CustomerReads reads;
    private final SearchLimits limits;
    private final SearchLimiter limiter;

    CustomerSearch(TransactionControl tx, EntityManager em, AuditLog audit, CustomerReads reads, SearchLimits limits,
            SearchLimiter limiter) {
        this.tx = tx;
        this.em = em;
        this.audit = audit;
        this.reads = reads;
        this.limits = limits;
        this.limiter = limiter;
    }

    List<Customer> search(String query, int limit, Caller caller) {
        String q = query == null ? "" : query.trim();
        if (q.length() < 2) {
            throw new InvalidInputException("q", "give at least 2 characters of a name, or an ID, phone or card number");
        }
        if (q.length() > QUERY_MAX) {
            throw new InvalidInputException("q", TextRules.tooLong(QUERY_MAX));
        }
        if (limit < 1 || limit > limits.searchLimit()) {
            throw new InvalidInputException("limit", "must be between 1 and " + limits.searchLimit());
        }
        limit(caller, "SEARCH", SearchTerms.masked(q));
        return tx.required(() -> {
            CustomerEntity byCustomerNumber = em.find(CustomerEntity.class, q);
            if (byCustomerNumber != null) {
                return List.of(reads.shown(byCustomerNumber, caller, "SEARCH", "by customer number " + q));
            }
            boolean byIdentifier = IDENTIFIER.matcher(q).matches();
            List<CustomerEntity> found = byIdentifier ? byIdentifier(q.toUpperCase(Locale.ROOT), limit) : byNamePrefix(q, limit);
            String how = (byIdentifier ? "by ID, phone or card number " : "by name ") + SearchTerms.masked(q);
            if (found.isEmpty()) {
                audit.record(caller, null, "SEARCH", how + ": no match");
            }
            return found.stream().map(e -> reads.shown(e, caller, "SEARCH", how)).toList();
        });
    }

    Optional<Customer> identify(Identifier kind, String value, Caller caller) {
        if (kind == null || value == null || value.isBlank()) {
            throw new InvalidInputException("identifier", "an identifier kind and value are required");
        }
        String v = value.trim().toUpperCase(Locale.ROOT);
        if (v.length() > QUERY_MAX) {
            throw new InvalidInputException(switch (kind) {
                case CUSTOMER_ID -> "customerId";
                case CARD_NUMBER -> "cardNumber";
                case ID_NUMBER -> "idNumber";
                case PHONE -> "phone";
            }, TextRules.tooLong(QUERY_MAX));
        }
        String how = "by " + kind + " " + SearchTerms.masked(kind, v);
        if (kind != Identifier.CUSTOMER_ID) {
            // a customer number is shown unmasked and read by id anyway: only the masked identifiers can be guessed
            limit(caller, "IDENTIFY", how);
        }
        return tx.required(() -> {
            CustomerEntity found = switch (kind) {
                case CUSTOMER_ID -> em.find(CustomerEntity.class, value.trim());
                case CARD_NUMBER -> Optional.ofNullable(em.find(CardEntity.class, v))
                        .map(card -> em.find(CustomerEntity.class, card.customerId)).orElse(null);
                case ID_NUMBER -> first("SELECT c FROM CustomerEntity c WHERE c.idNumber = :v", v);
                case PHONE -> first("SELECT c FROM CustomerEntity c WHERE c.phone = :v ORDER BY c.id", v);
            };
            if (found == null) {
                audit.record(caller, null, "IDENTIFY", how + ": no match");
                return Optional.<Customer>empty();
            }
            return Optional.of(reads.shown(found, caller, "IDENTIFY", how));
        });
    }

    /** Counts a search against the caller's rate; a refusal is audited with what was searched for. */
    private void limit(Caller caller, String action, String what) {
        long wait = limiter.take(caller.username());
        if (wait > 0) {
            audit.record(caller, null, action + "_REFUSED", "rate limit reached; " + what);
            throw new TooManyRequestsException("too many searches in a short time: try again in " + wait + " s", wait);
        }
    }

    private CustomerEntity first(String jpql, String value) {
        return em.createQuery(jpql, CustomerEntity.class).setParameter("v", value).setMaxResults(1).getResultList().stream()
                .findFirst().orElse(null);
    }

    private List<CustomerEntity> byIdentifier(String q, int limit) {
        Map<String, CustomerEntity> found = new LinkedHashMap<>();
        // two queries, not one with OR: each uses its column's index, where OR would read the whole table
        List<CustomerEntity> hits = new ArrayList<>();
        hits.addAll(em.createQuery("SELECT c FROM CustomerEntity c WHERE c.idNumber = :q", CustomerEntity.class).setParameter("q", q)
                .setMaxResults(limit).getResultList());
        hits.addAll(em.createQuery("SELECT c FROM CustomerEntity c WHERE c.phone = :q", CustomerEntity.class).setParameter("q", q)
                .setMaxResults(limit).getResultList());
        hits.sort(Comparator.comparing((CustomerEntity c) -> c.name).thenComparing(c -> c.id));
        hits.stream().limit(limit).forEach(c -> found.putIfAbsent(c.id, c));
        CardEntity card = em.find(CardEntity.class, q);
        if (card != null && found.size() < limit) {
            found.computeIfAbsent(card.customerId, cid -> em.find(CustomerEntity.class, cid));
        }
        return new ArrayList<>(found.values());
    }

    /**
     * Names starting with q: a range on the name index ({@code q <= name < q + U+FFFF}), which
     * Derby reads from the index; a {@code LIKE} with a parameter would read the whole table.
     */
    private List<CustomerEntity> byNamePrefix(String q, int limit) {
        return em.createQuery("SELECT c FROM CustomerEntity c WHERE c.name >= :low AND c.name < :high ORDER BY c.name, c.id",
                CustomerEntity.class).setParameter("low", q).setParameter("high", q + '\uffff').setMaxResults(limit).getResultList();
    }
}
