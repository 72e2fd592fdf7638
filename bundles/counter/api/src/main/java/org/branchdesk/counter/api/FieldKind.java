package org.branchdesk.counter.api;

/**
 * How the module checks a field's value before any rule of the type sees it. {@code ACCOUNT},
 * {@code ID_NUMBER} and {@code PHONE} are identifiers: masked in answers for roles that do not
 * process requests.
 */
public enum FieldKind {
    /** One line of text, no control characters, at most {@code maxLength}. */
    TEXT,
    /** Several lines, at most {@code maxLength}. */
    NOTE,
    /** An account or card number: 6 to 32 digits. */
    ACCOUNT,
    /** An identity document number: 5 to 32 letters and digits. */
    ID_NUMBER,
    /** A phone number: 5 to 20 digits, an optional leading {@code +}. */
    PHONE,
    /** {@code yyyy-MM-dd}. */
    DATE,
    /** A whole number, 0 or more. */
    INTEGER,
    /** One of {@code choices}. */
    CHOICE,
    /** A product code of the marketing shelf. */
    PRODUCT
}
