package org.branchdesk.marketing.impl.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.branchdesk.customer.api.Channel;
import org.branchdesk.customer.api.ProductCategory;
import org.branchdesk.customer.api.TargetCriteria;
import org.branchdesk.marketing.api.CampaignInput;
import org.branchdesk.marketing.api.ContactInput;
import org.branchdesk.marketing.api.ContactOutcome;
import org.branchdesk.platform.api.InvalidInputException;

/**
 * What makes a campaign definition and a contact acceptable, without the database: each rule a
 * 400 naming the field. The target's own ranges are the customer module's too (its selection
 * refuses them again at launch); they are checked here so a draft never holds a target that
 * cannot launch.
 */
final class CampaignRules {

    static final int NAME_MAX = 100, PURPOSE_MAX = 1000, NOTE_MAX = 1000, CODE_MAX = 32;
    /** How far back a contact may be recorded, as the interaction log accepts. */
    static final Duration BACKDATE_MAX = Duration.ofDays(31);

    private CampaignRules() {
    }

    /** A checked definition: trimmed name, purpose and product code, the channels without repeats. */
    static CampaignInput definition(CampaignInput in, LocalDate today, Instant now) {
        if (in == null) {
            throw new InvalidInputException("name", "a campaign in JSON is required");
        }
        String name = text("name", in.name(), NAME_MAX, true);
        String purpose = text("purpose", in.purpose(), PURPOSE_MAX, false);
        if (in.channels() == null || in.channels().isEmpty()) {
            throw new InvalidInputException("channels", "at least one channel is required, of " + List.of(Channel.values()));
        }
        Set<Channel> channels = new LinkedHashSet<>();
        for (Channel c : in.channels()) {
            if (c == null) {
                throw new InvalidInputException("channels", "a channel may not be null");
            }
            channels.add(c);
        }
        if (in.target() == null) {
            throw new InvalidInputException("target", "required: the criteria of the customers to target ({} for all)");
        }
        target(in.target());
        String product = text("productCode", in.productCode(), CODE_MAX, false);
        if (in.endsOn() != null && in.endsOn().isBefore(today)) {
            throw new InvalidInputException("endsOn", "'" + in.endsOn() + "' is in the past");
        }
        if (in.launchAt() != null && !in.launchAt().isAfter(now)) {
            throw new InvalidInputException("launchAt", "'" + in.launchAt() + "' is not in the future (launch by hand instead)");
        }
        return new CampaignInput(name, purpose, List.copyOf(channels), in.target(), product, in.endsOn(), in.launchAt());
    }

    /** The target criteria's ranges, fields named {@code target.<criterion>}. */
    static void target(TargetCriteria t) {
        // Set.of(...).contains(null) throws: look at the elements
        if (hasNull(t.segments()) || hasNull(t.holds()) || hasNull(t.lacks())) {
            throw new InvalidInputException("target", "segments, holds and lacks may not contain null");
        }
        nonNegative("target.minAssets", t.minAssets());
        nonNegative("target.maxAssets", t.maxAssets());
        if (t.minAssets() != null && t.maxAssets() != null && t.minAssets().compareTo(t.maxAssets()) > 0) {
            throw new InvalidInputException("target.maxAssets", "is below minAssets (" + t.minAssets().toPlainString() + ")");
        }
        range("target.maturingWithinDays", t.maturingWithinDays(), 1, 366);
        range("target.minAge", t.minAge(), 0, 150);
        range("target.maxAge", t.maxAge(), 0, 150);
        if (t.minAge() != null && t.maxAge() != null && t.minAge() > t.maxAge()) {
            throw new InvalidInputException("target.maxAge", "is below minAge (" + t.minAge() + ")");
        }
        if (t.holds() != null && t.lacks() != null) {
            for (ProductCategory p : t.holds()) {
                if (t.lacks().contains(p)) {
                    throw new InvalidInputException("target.lacks", p + " is also in holds: no customer can match");
                }
            }
        }
        if (t.manager() != null && t.manager().length() > 64) {
            throw new InvalidInputException("target.manager", "at most 64 characters");
        }
        if (t.manager() != null && !t.manager().isBlank() && Boolean.FALSE.equals(t.hasManager())) {
            throw new InvalidInputException("target.hasManager", "false contradicts manager " + t.manager().trim());
        }
    }

    /**
     * A checked contact: the channel one of the campaign's, product and amount for a sale only, the
     * time not in the future nor more than 31 days back (absent: now).
     */
    static ContactInput contact(ContactInput in, List<Channel> campaignChannels, Instant now) {
        if (in == null) {
            throw new InvalidInputException("channel", "a contact in JSON is required");
        }
        if (in.channel() == null) {
            throw new InvalidInputException("channel", "required, one of the campaign's " + campaignChannels);
        }
        if (!campaignChannels.contains(in.channel())) {
            throw new InvalidInputException("channel", in.channel() + " is not one of the campaign's channels " + campaignChannels);
        }
        if (in.outcome() == null) {
            throw new InvalidInputException("outcome", "required, one of " + List.of(ContactOutcome.values()));
        }
        String product = text("productCode", in.productCode(), CODE_MAX, false);
        if (in.outcome() == ContactOutcome.BOUGHT) {
            if (product == null) {
                throw new InvalidInputException("productCode", "required for BOUGHT: the product bought");
            }
            if (in.amount() == null) {
                throw new InvalidInputException("amount", "required for BOUGHT: what the customer put in (CNY)");
            }
            if (in.amount().signum() <= 0 || in.amount().scale() > 2 || in.amount().precision() - in.amount().scale() > 17) {
                throw new InvalidInputException("amount", "must be a positive amount in CNY with at most two decimals");
            }
        } else {
            if (product != null) {
                throw new InvalidInputException("productCode", "only a BOUGHT contact names a product");
            }
            if (in.amount() != null) {
                throw new InvalidInputException("amount", "only a BOUGHT contact has an amount");
            }
        }
        Instant at = in.at() == null ? now : in.at();
        if (at.isAfter(now)) {
            throw new InvalidInputException("at", "'" + at + "' is in the future");
        }
        if (at.isBefore(now.minus(BACKDATE_MAX))) {
            throw new InvalidInputException("at", "'" + at + "' is more than 31 days back");
        }
        String note = text("note", in.note(), NOTE_MAX, false);
        BigDecimal amount = in.amount() == null ? null : in.amount().setScale(2);
        return new ContactInput(in.channel(), in.outcome(), product, amount, at, note);
    }

    private static String text(String field, String value, int max, boolean required) {
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty()) {
            if (required) {
                throw new InvalidInputException(field, "is required");
            }
            return null;
        }
        if (v.length() > max) {
            throw new InvalidInputException(field, "at most " + max + " characters");
        }
        if (v.chars().anyMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\t')) {
            throw new InvalidInputException(field, "may not contain control characters");
        }
        return v;
    }

    private static boolean hasNull(Set<?> values) {
        return values != null && values.stream().anyMatch(v -> v == null);
    }

    private static void nonNegative(String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw new InvalidInputException(field, "must be 0 or more");
        }
        if (value != null && (value.scale() > 2 || value.precision() - value.scale() > 17)) {
            throw new InvalidInputException(field, "an amount in CNY: at most 17 digits before the point and 2 after");
        }
    }

    private static void range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new InvalidInputException(field, "must be " + min + " to " + max);
        }
    }
}
