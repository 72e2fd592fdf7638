package org.branchdesk.relationship.impl.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.branchdesk.customer.api.Channel;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.branchdesk.platform.api.TextRules;

/**
 * The rules of a handover (交接): the new manager notifies the customer orally and in writing and
 * makes a first direct contact within {@code handoverDays} of the change; all three recorded,
 * the handover is complete; past the deadline and not complete, it is overdue and goes to the
 * centre head once. The domain asks for "within one month"; the number of days is the project's
 * choice (configurable, 30 by default).
 */
final class HandoverRule {

    /** The longest note, the interaction log's. */
    static final int NOTE_LENGTH = 1000;
    /** How far back a step may be recorded: the interaction log's bound. */
    static final Duration MAX_BACK = Duration.ofDays(31);

    /** How a written notice may go out. A letter has no channel in the interaction log. */
    enum WrittenForm {
        LETTER(null), SMS(Channel.SMS), EMAIL(Channel.EMAIL), CHAT_APP(Channel.CHAT_APP);

        final Channel channel;

        WrittenForm(Channel channel) {
            this.channel = channel;
        }
    }

    /** The steps the successor records, each with the field that says how and what that field accepts. */
    enum Step {
        ORAL_NOTICE("oral-notice", "oral notice of the new manager", "how"),
        WRITTEN_NOTICE("written-notice", "written notice of the new manager", "how"),
        FIRST_CONTACT("first-contact", "first direct contact of the new manager", "channel");

        /** As the REST path and {@code missing} name it. */
        final String path;
        /** The interaction log's purpose. */
        final String purpose;
        /** The body field that says how. */
        final String howField;

        Step(String path, String purpose, String howField) {
            this.path = path;
            this.purpose = "handover: " + purpose;
            this.howField = howField;
        }
    }

    /** Spoken: face to face or by phone. */
    static final Set<Channel> ORAL = EnumSet.of(Channel.PHONE, Channel.BRANCH_VISIT, Channel.HOME_VISIT, Channel.EVENT);
    /** Direct contact: the manager and the customer in conversation, not a one-way message. */
    static final Set<Channel> DIRECT = EnumSet.of(Channel.PHONE, Channel.BRANCH_VISIT, Channel.HOME_VISIT, Channel.EVENT, Channel.CHAT_APP);

    /** A step's input, checked: when, how (a channel or written form's name), the interaction log's channel (null for a letter), a note. */
    record Checked(Instant at, String how, Channel channel, String note) {
    }

    private final Duration allowed;

    HandoverRule(int handoverDays) {
        if (handoverDays < 1) {
            throw new IllegalArgumentException("handoverDays: at least 1");
        }
        this.allowed = Duration.ofDays(handoverDays);
    }

    /** The deadline of a handover opened at {@code opened}. */
    Instant deadline(Instant opened) {
        return opened.plus(allowed);
    }

    /** Complete once the oral notice, the written notice and the first direct contact are all recorded. */
    static boolean complete(Instant oralNotice, Instant writtenNotice, Instant firstContact) {
        return oralNotice != null && writtenNotice != null && firstContact != null;
    }

    /** Overdue: still open (neither complete nor superseded) with its deadline before {@code now}. */
    static boolean overdue(boolean open, Instant deadline, Instant now) {
        return open && deadline.isBefore(now);
    }

    /** The steps not recorded yet, as {@code missing} lists them. */
    static List<String> missing(Instant oralNotice, Instant writtenNotice, Instant firstContact) {
        List<String> missing = new ArrayList<>();
        if (oralNotice == null) {
            missing.add(Step.ORAL_NOTICE.path);
        }
        if (writtenNotice == null) {
            missing.add(Step.WRITTEN_NOTICE.path);
        }
        if (firstContact == null) {
            missing.add(Step.FIRST_CONTACT.path);
        }
        return missing;
    }

    /**
     * Checks a step's input: {@code at} (null for now) neither in the future nor before the
     * handover was opened nor more than 31 days back; how, from the step's values; the note's
     * length. Every fault at once, each naming its field.
     */
    static Checked check(Step step, Instant at, String how, String note, Instant opened, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        Instant when = at == null ? now : at;
        if (when.isAfter(now)) {
            errors.add(new FieldError("at", "is in the future"));
        } else if (when.isBefore(opened)) {
            errors.add(new FieldError("at", "is before the handover was opened (" + opened + ")"));
        } else if (when.isBefore(now.minus(MAX_BACK))) {
            errors.add(new FieldError("at", "is more than 31 days back"));
        }
        String form = null;
        Channel channel = null;
        if (how == null || how.isBlank()) {
            errors.add(new FieldError(step.howField, "is required: one of " + allowed(step)));
        } else {
            String name = how.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            if (step == Step.WRITTEN_NOTICE) {
                try {
                    WrittenForm w = WrittenForm.valueOf(name);
                    form = w.name();
                    channel = w.channel;
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError(step.howField, "'" + how + "' is not one of " + allowed(step)));
                }
            } else {
                Set<Channel> allowed = step == Step.ORAL_NOTICE ? ORAL : DIRECT;
                channel = allowed.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
                if (channel == null) {
                    errors.add(new FieldError(step.howField, "'" + how + "' is not one of " + allowed(step)));
                } else {
                    form = channel.name();
                }
            }
        }
        String text = TextRules.check(errors, "note", note, false, NOTE_LENGTH, true);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Checked(when, form, channel, text);
    }

    private static List<String> allowed(Step step) {
        return switch (step) {
        case ORAL_NOTICE -> ORAL.stream().map(Channel::name).toList();
        case WRITTEN_NOTICE -> EnumSet.allOf(WrittenForm.class).stream().map(WrittenForm::name).toList();
        case FIRST_CONTACT -> DIRECT.stream().map(Channel::name).toList();
        };
    }
}
