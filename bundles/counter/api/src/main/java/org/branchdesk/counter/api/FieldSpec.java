package org.branchdesk.counter.api;

import java.util.List;

/**
 * One field of a request type.
 *
 * @param name      the key in {@link RequestInput#fields()}: 1 to 32 letters, digits or '_', starting with a letter
 * @param label     for people, e.g. {@code Account to freeze}
 * @param maxLength for TEXT and NOTE (1 to 2000); ignored otherwise
 * @param choices   for CHOICE, the allowed values; empty otherwise
 */
public record FieldSpec(String name, String label, FieldKind kind, boolean required, int maxLength, List<String> choices) {

    public FieldSpec {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public static FieldSpec required(String name, String label, FieldKind kind) {
        return new FieldSpec(name, label, kind, true, 200, List.of());
    }

    public static FieldSpec optional(String name, String label, FieldKind kind) {
        return new FieldSpec(name, label, kind, false, 200, List.of());
    }

    public static FieldSpec choice(String name, String label, boolean required, String... choices) {
        return new FieldSpec(name, label, FieldKind.CHOICE, required, 0, List.of(choices));
    }
}
