package org.branchdesk.customer.impl.internal;

import java.io.Reader;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.branchdesk.customer.api.Customer;
import org.branchdesk.customer.api.CustomerInput;
import org.branchdesk.customer.api.CustomerService;
import org.branchdesk.customer.api.CustomerView;
import org.branchdesk.customer.api.CustomerViewSection;
import org.branchdesk.customer.api.Holding;
import org.branchdesk.customer.api.Identifier;
import org.branchdesk.customer.api.ImportReport;
import org.branchdesk.customer.api.ViewContext;
import org.branchdesk.customer.api.ViewSection;
import org.branchdesk.customer.impl.internal.jpa.CardEntity;
import org.branchdesk.customer.impl.internal.jpa.CustomerEntity;
import org.branchdesk.customer.impl.internal.jpa.HoldingEntity;
import org.branchdesk.customer.impl.internal.segmentation.SegmentCatalogue;
import org.branchdesk.platform.api.ConflictException;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.NotFoundException;
import org.branchdesk.platform.api.TextRules;
import org.branchdesk.platform.api.TooManyRequestsException;
import org.branchdesk.platform.persistence.RowLoader;
import org.branchdesk.platform.security.AuditLog;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.branchdesk.platform.security.Staff;
import org.branchdesk.platform.security.StaffDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Customers in the database, read under audit and masked per caller. */
@Designate(ocd = CustomerConfig.class)
@Component(configurationPid = "org.branchdesk.customer")
public final class JpaCustomerService implements CustomerService {

    static final String UNIT = "(osgi.unit.name=branchdesk.customer)";

    private static final Logger LOG = LoggerFactory.getLogger(JpaCustomerService.class);
    private static final Pattern IDENTIFIER = Pattern.compile("[0-9Xx]{5,19}|0\\d{2,3}-\\d{7,8}");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Longest query: a name's column holds 100 characters, every identifier fewer. */
    private static final int QUERY_MAX = 100;

    private final TransactionControl tx;
    private final EntityManager em;
    private final AuditLog audit;
    private final StaffDirectory staff;
    private final Masker masker;
    private final int searchLimit;
    private final SearchLimiter limiter;
    private final CsvImport imports;

    /** Sections contributed by any bundle; DS keeps the list sorted by ranking, lowest first. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<CustomerViewSection> sections;

    @Activate
    public JpaCustomerService(@Reference TransactionControl tx, @Reference(target = UNIT) JPAEntityManagerProvider provider,
            @Reference AuditLog audit, @Reference StaffDirectory staff, @Reference RowLoader rowLoader, CustomerConfig config) {
        this.tx = tx;
        this.em = provider.getResource(tx);
        this.audit = audit;
        this.staff = staff;
        this.masker = new Masker(config.fullIdNumberRoles(), config.fullPhoneRoles(), config.fullCardRoles());
        this.searchLimit = config.searchLimit();
        this.limiter = new SearchLimiter(config.searchesPerMinute(), config.searchBurst(), System::currentTimeMillis);
        this.imports = new CsvImport(tx, em, staff, rowLoader);
    }

    @Override
    public Customer create(CustomerInput input, Caller caller) {
        caller.require(CustomerAccess.WRITE, "creating a customer");
        InputValidation.customer(input);
        return tx.required(() -> {
            String id = input.id() == null || input.id().isBlank() ? newId() : input.id().trim();
            if (em.find(CustomerEntity.class, id) != null) {
                throw new ConflictException("id", "customer " + id + " already exists");
            }
            CustomerEntity e = new CustomerEntity();
            e.id = id;
            Customers.copyIdentity(input, e);
            checkUnique(e);
            checkManager(e.manager);
            em.persist(e);
            Customers.cards(e.cards).forEach(card -> em.persist(new CardEntity(card, id)));
            em.flush(); // a constraint the checks could not see fails here, before the log says it was created
            audit.record(caller, id, "CREATE", null);
            return shown(e, caller, "CREATE");
        });
    }

    @Override
    public Customer update(String id, CustomerInput input, Caller caller) {
        caller.require(CustomerAccess.WRITE, "changing a customer");
        InputValidation.customer(input);
        if (input.id() != null && !input.id().isBlank() && !input.id().trim().equals(id)) {
            throw new InvalidInputException("id", "does not match the customer in the path (" + id + ")");
        }
        return tx.required(() -> {
            CustomerEntity e = find(id);
            // check on a copy: a changed managed entity would be flushed by the checks' queries
            CustomerEntity candidate = new CustomerEntity();
            candidate.id = id;
            Customers.copyIdentity(input, candidate);
            checkUnique(candidate);
            checkManager(candidate.manager);
            List<String> formerCards = Customers.cards(e.cards);
            Customers.copyIdentity(input, e);
            if (!formerCards.isEmpty()) {
                // by card number (the key), from the customer's own list: no index on the owner needed
                em.createQuery("DELETE FROM CardEntity c WHERE c.cardNumber IN :cards AND c.customerId = :id")
                        .setParameter("cards", formerCards).setParameter("id", id).executeUpdate();
            }
            Customers.cards(e.cards).forEach(card -> em.persist(new CardEntity(card, id)));
            em.flush();
            audit.record(caller, id, "UPDATE", null);
            return shown(e, caller, "UPDATE");
        });
    }

    @Override
    public Customer get(String id, Caller caller) {
        caller.require(CustomerAccess.READ, "reading a customer");
        return tx.required(() -> shown(find(id), caller, "READ"));
    }

    @Override
    public List<Customer> search(String query, int limit, Caller caller) {
        caller.require(CustomerAccess.READ, "searching customers");
        String q = query == null ? "" : query.trim();
        if (q.length() < 2) {
            throw new InvalidInputException("q", "give at least 2 characters of a name, or an ID, phone or card number");
        }
        if (q.length() > QUERY_MAX) {
            throw new InvalidInputException("q", TextRules.tooLong(QUERY_MAX));
        }
        if (limit < 1 || limit > searchLimit) {
            throw new InvalidInputException("limit", "must be between 1 and " + searchLimit);
        }
        limit(caller, "SEARCH", SearchTerms.masked(q));
        return tx.required(() -> {
            CustomerEntity byCustomerNumber = em.find(CustomerEntity.class, q);
            if (byCustomerNumber != null) {
                return List.of(shown(byCustomerNumber, caller, "SEARCH", "by customer number " + q));
            }
            boolean byIdentifier = IDENTIFIER.matcher(q).matches();
            List<CustomerEntity> found = byIdentifier ? byIdentifier(q.toUpperCase(Locale.ROOT), limit) : byNamePrefix(q, limit);
            String how = (byIdentifier ? "by ID, phone or card number " : "by name ") + SearchTerms.masked(q);
            if (found.isEmpty()) {
                audit.record(caller, null, "SEARCH", how + ": no match");
            }
            return found.stream().map(e -> shown(e, caller, "SEARCH", how)).toList();
        });
    }

    @Override
    public Optional<Customer> identify(Identifier kind, String value, Caller caller) {
        caller.require(CustomerAccess.READ, "identifying a customer");
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
            return Optional.of(shown(found, caller, "IDENTIFY", how));
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

    @Override
    public List<Holding> holdings(String id, Caller caller) {
        caller.require(CustomerAccess.READ, "reading a customer's holdings");
        return tx.required(() -> {
            find(id);
            audit.record(caller, id, "HOLDINGS", null);
            return holdingsOf(id);
        });
    }

    @Override
    public ImportReport importCustomers(Reader csv, Caller caller) {
        caller.require(CustomerAccess.IMPORT, "importing files");
        return imports.customers(csv);
    }

    @Override
    public ImportReport importHoldings(Reader csv, Caller caller) {
        caller.require(CustomerAccess.IMPORT, "importing files");
        return imports.holdings(csv);
    }

    @Override
    public ImportReport importBalances(Reader csv, Caller caller) {
        caller.require(CustomerAccess.IMPORT, "importing files");
        return imports.balances(csv);
    }

    @Override
    public CustomerView view(String id, Caller caller) {
        caller.require(CustomerAccess.READ, "reading a customer's view");
        CustomerView withoutSections = tx.required(() -> {
            CustomerEntity e = find(id);
            Customer shown = shown(e, caller, "VIEW");
            List<Holding> holdings = holdingsOf(id);
            BigDecimal assets = sum(holdings, true);
            BigDecimal liabilities = sum(holdings, false);
            Staff manager = e.manager == null ? null : staff.find(e.manager).orElse(null);
            return new CustomerView(shown, e.segment != null && e.segment.premium(),
                    e.segment == null ? null : SegmentCatalogue.of(e.segment), manager, holdings, assets, liabilities, List.of());
        });
        // Sections run after the audited read has committed: one that fails cannot undo it.
        List<ViewSection> contributed = contributions(new ViewContext(withoutSections.customer(), caller));
        return new CustomerView(withoutSections.customer(), withoutSections.premium(), withoutSections.entitlements(),
                withoutSections.manager(), withoutSections.holdings(), withoutSections.totalAssets(),
                withoutSections.totalLiabilities(), contributed);
    }

    private List<ViewSection> contributions(ViewContext context) {
        List<CustomerViewSection> bound = sections;
        if (bound == null || bound.isEmpty()) {
            return List.of();
        }
        List<CustomerViewSection> highestFirst = new ArrayList<>(bound);
        Collections.reverse(highestFirst);
        List<ViewSection> result = new ArrayList<>(highestFirst.size());
        for (CustomerViewSection section : highestFirst) {
            try {
                Optional<Object> content = section.contribute(context);
                content.ifPresent(c -> result.add(new ViewSection(section.id(), section.title(), c)));
            } catch (RuntimeException e) {
                LOG.warn("View section {} failed for customer {} and is left out", section.getClass().getName(),
                        context.customer().id(), e);
            }
        }
        return result;
    }

    private CustomerEntity find(String id) {
        CustomerEntity e = em.find(CustomerEntity.class, id);
        if (e == null) {
            throw new NotFoundException("customer", id);
        }
        return e;
    }

    private Customer shown(CustomerEntity e, Caller caller, String action) {
        return shown(e, caller, action, null);
    }

    /** Masks the customer for the caller and audits the read, and any unmasking, before it is shown. */
    private Customer shown(CustomerEntity e, Caller caller, String action, String detail) {
        Masker.Masked masked = masker.mask(Customers.toRecord(e), caller);
        if (!"CREATE".equals(action) && !"UPDATE".equals(action)) {
            audit.record(caller, e.id, action, detail);
        }
        if (!masked.unmasked().isEmpty()) {
            audit.record(caller, e.id, "UNMASK", String.join(",", masked.unmasked()));
        }
        return masked.customer();
    }

    private List<CustomerEntity> byIdentifier(String q, int limit) {
        Map<String, CustomerEntity> found = new LinkedHashMap<>();
        // two queries, not one with OR: each uses its column's index, where OR would read the whole table
        List<CustomerEntity> hits = new ArrayList<>();
        hits.addAll(em.createQuery("SELECT c FROM CustomerEntity c WHERE c.idNumber = :q", CustomerEntity.class).setParameter("q", q)
                .setMaxResults(limit).getResultList());
        hits.addAll(em.createQuery("SELECT c FROM CustomerEntity c WHERE c.phone = :q", CustomerEntity.class).setParameter("q", q)
                .setMaxResults(limit).getResultList());
        hits.sort(java.util.Comparator.comparing((CustomerEntity c) -> c.name).thenComparing(c -> c.id));
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

    private List<Holding> holdingsOf(String id) {
        return em.createQuery("SELECT h FROM HoldingEntity h WHERE h.customerId = :id ORDER BY h.category", HoldingEntity.class)
                .setParameter("id", id).getResultList().stream().map(h -> new Holding(h.category, h.amount)).toList();
    }

    private static BigDecimal sum(List<Holding> holdings, boolean assets) {
        return holdings.stream().filter(h -> h.category().asset() == assets).map(Holding::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    private void checkUnique(CustomerEntity e) {
        List<String> owners = em.createQuery(
                "SELECT c.id FROM CustomerEntity c WHERE c.idType = :t AND c.idNumber = :n AND c.id <> :id", String.class)
                .setParameter("t", e.idType).setParameter("n", e.idNumber).setParameter("id", e.id).getResultList();
        if (!owners.isEmpty()) {
            throw new ConflictException("idNumber", "this identity document belongs to customer " + owners.get(0));
        }
        for (String card : Customers.cards(e.cards)) {
            CardEntity owner = em.find(CardEntity.class, card);
            if (owner != null && !owner.customerId.equals(e.id)) {
                throw new ConflictException("cardNumbers", "card " + card + " belongs to customer " + owner.customerId);
            }
        }
    }

    private void checkManager(String manager) {
        if (manager != null && staff.find(manager).filter(s -> s.active() && s.roles().contains(Role.CUSTOMER_MANAGER)).isEmpty()) {
            throw new InvalidInputException("manager", "'" + manager + "' is not an active customer manager");
        }
    }

    private String newId() {
        for (;;) {
            String id = "C" + (1_000_000_000L + Math.floorMod(RANDOM.nextLong(), 9_000_000_000L));
            if (em.find(CustomerEntity.class, id) == null) {
                return id;
            }
        }
    }
}
