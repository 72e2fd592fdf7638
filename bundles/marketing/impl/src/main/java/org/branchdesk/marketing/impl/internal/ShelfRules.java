package org.branchdesk.marketing.impl.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.branchdesk.customer.api.ProductCategory;
import org.branchdesk.customer.api.Segment;
import org.branchdesk.marketing.api.Product;
import org.branchdesk.marketing.api.ProductInput;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.branchdesk.platform.api.TextRules;
import org.branchdesk.platform.rest.Params;

/**
 * The rules of a product on the shelf, without a framework: what a product input must hold, and
 * which holdings category a catalogue family falls in.
 */
final class ShelfRules {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    static final int NAME_LENGTH = 100;
    static final int CHANNEL_LENGTH = 100;
    static final int MOST_CHANNELS = 10;
    /** Ten thousand billion: more than any product's minimum, and what a DECIMAL(19,2) holds comfortably. */
    static final BigDecimal MOST_AMOUNT = new BigDecimal("10000000000000");
    static final int MOST_TERM_DAYS = 36_600;

    private ShelfRules() {
    }

    /**
     * The holdings category of a catalogue family (what a customer's holdings show once they
     * bought it), or null for a service or a channel. By the family's words: the catalogue names
     * {@code deposits}, {@code bonds}, {@code funds}, {@code stocks}, {@code FX}, {@code trusts},
     * {@code wealth products} (also {@code exclusive wealth products}), {@code precious metals},
     * every kind of {@code ... insurance} and every kind of {@code ... loans}.
     */
    static ProductCategory category(String family) {
        if (family == null) {
            return null;
        }
        String f = family.trim().toLowerCase(Locale.ROOT);
        switch (f) {
        case "deposits":
            return ProductCategory.DEPOSIT;
        case "bonds":
            return ProductCategory.BOND;
        case "funds":
            return ProductCategory.FUND;
        case "stocks":
            return ProductCategory.STOCK;
        case "fx":
            return ProductCategory.FX;
        case "trusts":
            return ProductCategory.TRUST;
        case "precious metals":
            return ProductCategory.PRECIOUS_METAL;
        default:
            break;
        }
        if (f.contains("wealth products")) {
            return ProductCategory.WEALTH_PRODUCT;
        }
        if (f.contains("insurance")) {
            return ProductCategory.INSURANCE;
        }
        if (f.contains("loans")) {
            return ProductCategory.LOAN;
        }
        return null;
    }

    /**
     * Checks one product input against the catalogue ({@code families}: each family with the
     * segments whose catalogue lists it) and gives the product it puts on the shelf, not retired;
     * null with the errors added (each naming its field) when it breaks a rule.
     */
    static Product check(ProductInput in, Map<String, Set<Segment>> families, List<FieldError> errors) {
        int before = errors.size();
        if (in == null) {
            errors.add(new FieldError("code", "is required: the body is a product"));
            return null;
        }
        String code = in.code() == null ? null : in.code().trim();
        if (code == null || code.isEmpty()) {
            errors.add(new FieldError("code", "is required"));
        } else if (!CODE.matcher(code).matches()) {
            errors.add(new FieldError("code", "must be 1 to 32 letters, digits, '-' or '_'"));
        }
        String name = TextRules.check(errors, "name", in.name(), true, NAME_LENGTH, false);
        String family = in.family() == null ? null : in.family().trim();
        Set<Segment> catalogue = null;
        if (family == null || family.isEmpty()) {
            errors.add(new FieldError("family", "is required: one of " + families.keySet()));
        } else {
            catalogue = families.get(family);
            if (catalogue == null) {
                errors.add(new FieldError("family", "'" + family + "' is not a family of the segment catalogue: one of " + families.keySet()));
            }
        }
        if (in.issuer() == null) {
            errors.add(new FieldError("issuer", "is required: OWN or AGENCY"));
        }
        if (in.risk() == null) {
            errors.add(new FieldError("risk", "is required: R1 to R5"));
        }
        BigDecimal minimum = in.minimumAmount() == null ? BigDecimal.ZERO : in.minimumAmount();
        if (minimum.signum() < 0 || minimum.compareTo(MOST_AMOUNT) > 0 || minimum.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError("minimumAmount", "must be from 0 to " + MOST_AMOUNT.toPlainString() + " CNY, in fen at most"));
        }
        if (in.termDays() != null && (in.termDays() < 1 || in.termDays() > MOST_TERM_DAYS)) {
            errors.add(new FieldError("termDays", "must be from 1 to " + MOST_TERM_DAYS + " days, or absent for an open-ended product"));
        }
        date("saleFrom", in.saleFrom(), errors);
        date("saleTo", in.saleTo(), errors);
        if (in.saleFrom() != null && in.saleTo() != null && in.saleTo().isBefore(in.saleFrom())) {
            errors.add(new FieldError("saleTo", "is before saleFrom"));
        }
        Set<Segment> segments = EnumSet.noneOf(Segment.class);
        if (in.segments() != null) {
            for (Segment s : in.segments()) {
                if (s == null) {
                    errors.add(new FieldError("segments", "must not contain an empty entry: one of " + List.of(Segment.values())));
                    break;
                }
                segments.add(s);
            }
        }
        if (segments.isEmpty() && catalogue != null) {
            segments.addAll(catalogue);
        }
        Set<String> channels = new LinkedHashSet<>();
        if (in.channels() != null) {
            if (in.channels().size() > MOST_CHANNELS) {
                errors.add(new FieldError("channels", "must be at most " + MOST_CHANNELS));
            } else {
                for (String c : in.channels()) {
                    List<FieldError> one = new ArrayList<>();
                    String channel = TextRules.check(one, "channels", c, true, CHANNEL_LENGTH, false);
                    if (!one.isEmpty()) {
                        errors.add(new FieldError("channels", "each " + one.get(0).message()));
                        break;
                    }
                    if (channel.indexOf('|') >= 0) {
                        errors.add(new FieldError("channels", "a channel must not contain '|'"));
                        break;
                    }
                    channels.add(channel);
                }
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return new Product(code, name, family, category(family), in.issuer(), in.risk(), minimum.setScale(2), in.termDays(),
                in.saleFrom(), in.saleTo(), List.copyOf(segments), List.copyOf(channels), false);
    }

    private static void date(String field, LocalDate day, List<FieldError> errors) {
        if (day != null && (day.isBefore(Params.FIRST_DATE) || day.isAfter(Params.LAST_DATE))) {
            errors.add(new FieldError(field, "is outside " + Params.FIRST_DATE + " to " + Params.LAST_DATE));
        }
    }
}
