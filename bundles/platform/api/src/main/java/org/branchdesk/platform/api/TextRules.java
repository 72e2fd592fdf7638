package org.branchdesk.platform.api;

import java.util.List;
import java.util.regex.Pattern;

import org.branchdesk.platform.api.InvalidInputException.FieldError;

/**
 * The one rule for free text every module checks before the database is reached: a length as
 * the database counts it and no control characters where a value is one line. Lengths are
 * counted in UTF-16 code units, as Derby's {@code VARCHAR(n)} counts them: a character outside
 * the Basic Multilingual Plane (an emoji, a rare CJK ideograph of Extension B and later) counts
 * as two, every other character, Chinese ones included, as one. PostgreSQL counts such a
 * character as one, so a value accepted here always fits there too.
 *
 * @since 1.3
 */
public final class TextRules {

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern CONTROL_BUT_LINES = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

    private TextRules() {
    }

    /**
     * Checks one text field and adds a {@link FieldError} to {@code errors} when it breaks the rule.
     *
     * @param required  a blank value is an error (else it stands for "none")
     * @param max       the column's length
     * @param multiLine line breaks and tabs are allowed (a description), else the value is one line
     * @return the trimmed value, or null when it is blank or bad
     */
    public static String check(List<FieldError> errors, String field, String value, boolean required, int max, boolean multiLine) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        String v = value.trim();
        if ((multiLine ? CONTROL_BUT_LINES : CONTROL).matcher(v).find()) {
            errors.add(new FieldError(field, multiLine ? "must not contain control characters"
                    : "must not contain line breaks, tabs or other control characters"));
            return null;
        }
        if (v.length() > max) {
            errors.add(new FieldError(field, tooLong(max)));
            return null;
        }
        return v;
    }

    /** The message for a value over its length: says how characters are counted. */
    public static String tooLong(int max) {
        return "is longer than " + max + " characters (an emoji or a rare character outside the basic plane counts as two)";
    }
}
