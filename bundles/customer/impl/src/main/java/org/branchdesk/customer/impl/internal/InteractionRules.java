package org.branchdesk.customer.impl.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.branchdesk.customer.api.Channel;
import org.branchdesk.customer.api.InteractionInput;
import org.branchdesk.customer.impl.internal.jpa.InteractionEntity;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.branchdesk.platform.api.TextRules;

/**
 * What a contact to record must be (InteractionInput): a channel and a purpose, texts within
 * their columns, and a time that has passed, at most {@link #MAX_AGE} ago. A contact is written
 * down when it happened or soon after: one older than a month is not a record made at the time.
 */
final class InteractionRules {

    /** How far back a contact may be recorded. */
    static final Duration MAX_AGE = Duration.ofDays(31);
    /** The most contacts one read returns. */
    static final int MAX_LIMIT = 1000;
    // a module's name as the bundles declare it (BranchdeskApi.MODULE_HEADER): customer, lobby, relationship
    private static final Pattern MODULE = Pattern.compile("[a-z][a-z0-9-]{0," + (InteractionEntity.MODULE_MAX - 1) + "}");

    private InteractionRules() {
    }

    /** The input checked and trimmed, with {@code at} filled in as {@code now} when it is null. */
    record Checked(Channel channel, Instant at, String purpose, String outcome, String note, String module) {
    }

    /** Checks the input as recorded by {@code module} at {@code now}; every bad field is reported, the first named. */
    static Checked check(InteractionInput input, String module, Instant now) {
        if (input == null) {
            throw new InvalidInputException("body", "a contact in JSON is required");
        }
        List<FieldError> errors = new ArrayList<>();
        if (input.channel() == null) {
            errors.add(new FieldError("channel", "is required; one of: " + names()));
        }
        Instant at = input.at() == null ? now : input.at();
        if (at.isAfter(now)) {
            errors.add(new FieldError("at", "'" + at + "' is in the future"));
        } else if (at.isBefore(now.minus(MAX_AGE))) {
            errors.add(new FieldError("at", "'" + at + "' is more than " + MAX_AGE.toDays() + " days ago"));
        }
        String purpose = TextRules.check(errors, "purpose", input.purpose(), true, InteractionEntity.PURPOSE_MAX, false);
        String outcome = TextRules.check(errors, "outcome", input.outcome(), false, InteractionEntity.OUTCOME_MAX, false);
        String note = TextRules.check(errors, "note", input.note(), false, InteractionEntity.NOTE_MAX, true);
        if (module == null || !MODULE.matcher(module).matches()) {
            errors.add(new FieldError("module", "must be a module name: a lower-case letter, then up to "
                    + (InteractionEntity.MODULE_MAX - 1) + " lower-case letters, digits or '-'"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Checked(input.channel(), at, purpose, outcome, note, module);
    }

    /** How many contacts one read may ask for. */
    static int limit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "'" + limit + "' is not a number from 1 to " + MAX_LIMIT);
        }
        return limit;
    }

    private static String names() {
        return String.join(", ", Arrays.stream(Channel.values()).map(Enum::name).toList());
    }
}
