package org.branchdesk.marketing.impl.internal;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.branchdesk.customer.api.Entitlements;
import org.branchdesk.customer.api.ImportReport;
import org.branchdesk.customer.api.ProductCategory;
import org.branchdesk.customer.api.Segment;
import org.branchdesk.customer.api.SegmentationService;
import org.branchdesk.marketing.api.Issuer;
import org.branchdesk.marketing.api.Product;
import org.branchdesk.marketing.api.ProductInput;
import org.branchdesk.marketing.api.ProductShelf;
import org.branchdesk.marketing.api.RiskRating;
import org.branchdesk.marketing.impl.internal.jpa.ProductEntity;
import org.branchdesk.marketing.impl.internal.jpa.ShelfStore;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.branchdesk.platform.api.NotFoundException;
import org.branchdesk.platform.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;

/**
 * The product shelf: every member of staff who serves customers reads it, the centre head alone
 * changes it. A product's family is one of the segment catalogue's (its products and channels),
 * its category follows from the family ({@link ShelfRules#category}), its segments default to
 * those whose catalogue lists the family. A list or file is checked whole before anything is
 * written and written in one transaction: all or none.
 */
@Component(service = { ProductShelf.class, ProductShelfService.class })
public final class ProductShelfService implements ProductShelf {

    private final TransactionControl tx;
    private final ShelfStore store;
    private final ModuleClock clock;
    /** Each family of the catalogue with the segments that list it, in the catalogue's order. */
    private final Map<String, Set<Segment>> families;

    @Activate
    public ProductShelfService(@Reference TransactionControl tx,
            @Reference(target = "(osgi.unit.name=branchdesk.marketing)") JPAEntityManagerProvider provider,
            @Reference SegmentationService segmentation, @Reference ModuleClock clock) {
        this.tx = tx;
        this.store = new ShelfStore(provider.getResource(tx));
        this.clock = clock;
        this.families = families(segmentation);
    }

    static Map<String, Set<Segment>> families(SegmentationService segmentation) {
        Map<String, Set<Segment>> families = new LinkedHashMap<>();
        for (Segment s : Segment.values()) {
            Entitlements e = segmentation.entitlements(s);
            for (String f : e.products()) {
                families.computeIfAbsent(f, x -> EnumSet.noneOf(Segment.class)).add(s);
            }
            for (String f : e.channels()) {
                families.computeIfAbsent(f, x -> EnumSet.noneOf(Segment.class)).add(s);
            }
        }
        families.replaceAll((f, s) -> Set.copyOf(s));
        return java.util.Collections.unmodifiableMap(families);
    }

    @Override
    public List<String> families() {
        return List.copyOf(families.keySet());
    }

    @Override
    public List<Product> products(String family, boolean includeRetired, Caller caller) {
        caller.require(MarketingAccess.SERVE, "the product shelf");
        String f = family == null || family.isBlank() ? null : family.trim();
        return tx.supports(() -> store.products(f, includeRetired)).stream().map(ProductShelfService::product).toList();
    }

    @Override
    public Optional<Product> product(String code, Caller caller) {
        caller.require(MarketingAccess.SERVE, "the product shelf");
        return Optional.ofNullable(find(code));
    }

    /** A product by code, retired or not, for the module's own services (their callers are checked there); null if unknown. */
    Product find(String code) {
        if (code == null || code.isBlank() || code.length() > 32) {
            return null;
        }
        ProductEntity p = tx.supports(() -> store.product(code.trim()));
        return p == null ? null : product(p);
    }

    /** The products on the shelf now, for the module's own services. */
    List<Product> onShelf() {
        return tx.supports(() -> store.products(null, false)).stream().map(ProductShelfService::product).toList();
    }

    @Override
    public Product put(ProductInput input, Caller caller) {
        caller.require(MarketingAccess.LEAD, "changing the product shelf");
        List<FieldError> errors = new ArrayList<>();
        Product p = ShelfRules.check(input, families, errors);
        if (p == null) {
            throw new InvalidInputException(errors);
        }
        return tx.required(() -> {
            write(p, caller);
            return product(store.product(p.code()));
        });
    }

    @Override
    public ImportReport putAll(List<ProductInput> inputs, Caller caller) {
        caller.require(MarketingAccess.LEAD, "changing the product shelf");
        if (inputs == null || inputs.isEmpty()) {
            throw new InvalidInputException("products", "is required: a list of at least one product");
        }
        if (inputs.size() > ShelfCsv.MOST_ROWS) {
            throw new InvalidInputException("products", "has more than " + ShelfCsv.MOST_ROWS + " products: a shelf is smaller");
        }
        List<ShelfCsv.Row> rows = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            rows.add(new ShelfCsv.Row(i + 1, inputs.get(i)));
        }
        return load("products", rows, new ArrayList<>(), caller);
    }

    @Override
    public ImportReport importProducts(Reader csv, Caller caller) {
        caller.require(MarketingAccess.LEAD, "changing the product shelf");
        List<FieldError> errors = new ArrayList<>();
        List<ShelfCsv.Row> rows = ShelfCsv.read(csv, errors);
        return load("products", rows, errors, caller);
    }

    /** Checks every row (each error with its line; a code twice is an error of the second), then writes all in one transaction. */
    private ImportReport load(String kind, List<ShelfCsv.Row> rows, List<FieldError> errors, Caller caller) {
        List<Product> products = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (ShelfCsv.Row row : rows) {
            List<FieldError> own = new ArrayList<>();
            Product p = ShelfRules.check(row.input(), families, own);
            own.forEach(e -> errors.add(new FieldError(e.field(), e.message(), row.line())));
            if (p != null) {
                Integer first = seen.putIfAbsent(p.code(), row.line());
                if (first != null) {
                    errors.add(new FieldError("code", "'" + p.code() + "' is already on line " + first, row.line()));
                } else {
                    products.add(p);
                }
            }
        }
        if (errors.isEmpty() && products.isEmpty()) {
            errors.add(new FieldError("csv", "no products: the file has a header and no rows", 1));
        }
        if (!errors.isEmpty()) {
            List<FieldError> byLine = new ArrayList<>(errors.subList(0, Math.min(errors.size(), ShelfCsv.MOST_ERRORS)));
            byLine.sort((a, b) -> Integer.compare(a.line() == null ? 0 : a.line(), b.line() == null ? 0 : b.line()));
            throw new InvalidInputException(byLine);
        }
        return tx.required(() -> {
            int created = 0;
            for (Product p : products) {
                if (write(p, caller)) {
                    created++;
                }
            }
            return new ImportReport(kind, products.size(), created, products.size() - created);
        });
    }

    /** Creates or replaces one product (back on the shelf if retired); true if it is new. */
    private boolean write(Product p, Caller caller) {
        ProductEntity e = store.product(p.code());
        boolean created = e == null;
        if (created) {
            e = new ProductEntity();
            e.code = p.code();
        }
        e.name = p.name();
        e.family = p.family();
        e.category = p.category() == null ? null : p.category().name();
        e.issuer = p.issuer().name();
        e.risk = p.risk().name();
        e.minimumAmount = p.minimumAmount();
        e.termDays = p.termDays();
        e.saleFrom = p.saleFrom();
        e.saleTo = p.saleTo();
        e.segments = p.segments().stream().map(Segment::name).collect(Collectors.joining("|"));
        e.channels = String.join("|", p.channels());
        e.retired = false;
        e.updatedBy = caller.username();
        e.updatedAt = clock.now().toEpochMilli();
        if (created) {
            store.add(e);
        }
        return created;
    }

    @Override
    public Product retire(String code, Caller caller) {
        caller.require(MarketingAccess.LEAD, "changing the product shelf");
        return tx.required(() -> {
            ProductEntity e = code == null || code.length() > 32 ? null : store.product(code.trim());
            if (e == null) {
                throw new NotFoundException("product", code);
            }
            e.retired = true;
            e.updatedBy = caller.username();
            e.updatedAt = clock.now().toEpochMilli();
            return product(e);
        });
    }

    static Product product(ProductEntity e) {
        Set<Segment> segments = e.segments.isEmpty() ? Set.of()
                : Arrays.stream(e.segments.split("\\|")).map(Segment::valueOf).collect(Collectors.toCollection(HashSet::new));
        List<Segment> ordered = Arrays.stream(Segment.values()).filter(segments::contains).toList();
        List<String> channels = e.channels.isEmpty() ? List.of() : List.of(e.channels.split("\\|"));
        return new Product(e.code, e.name, e.family, e.category == null ? null : ProductCategory.valueOf(e.category),
                Issuer.valueOf(e.issuer), RiskRating.valueOf(e.risk), e.minimumAmount, e.termDays, e.saleFrom, e.saleTo, ordered, channels,
                e.retired);
    }
}
