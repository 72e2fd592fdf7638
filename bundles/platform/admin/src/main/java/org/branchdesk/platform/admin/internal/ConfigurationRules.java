package org.branchdesk.platform.admin.internal;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.branchdesk.platform.api.ConfigurationCheck;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@link ConfigurationGuard} checks, without a framework: the values of one configuration
 * against the fields its PID's metatype declares, then against the module's
 * {@link ConfigurationCheck}s.
 * <p>
 * The metatype says a field's type, whether it takes one value or a list, its options and
 * whether it is required. Values come as strings from a {@code .cfg} file and typed (numbers,
 * booleans, arrays) from a {@code .config} file or code; both are checked as the text the value
 * reads as, so {@code 10} and {@code "10"} are the same long. Only the properties present are
 * checked: an absent one leaves the component its default. Properties the metatype does not
 * declare are left to the module's checks. Ranges and rules between fields are the module's
 * checks too.
 * <p>
 * Each error names the field first ({@code field: ...}) and quotes the value; none names a Java class.
 */
final class ConfigurationRules {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigurationRules.class);

    /**
     * One property as the metatype declares it.
     *
     * @param type one of {@link AttributeDefinition}'s type constants
     * @param cardinality 0 for one value, otherwise a list or array
     * @param options the allowed values; empty for any value of the type
     */
    record Field(String id, int type, int cardinality, boolean required, List<String> options) {

        Field {
            options = List.copyOf(options);
        }

        /** The fields of a metatype definition. */
        static List<Field> of(ObjectClassDefinition ocd) {
            AttributeDefinition[] required = ocd.getAttributeDefinitions(ObjectClassDefinition.REQUIRED);
            Set<String> requiredIds = new HashSet<>();
            for (AttributeDefinition ad : required == null ? new AttributeDefinition[0] : required) {
                requiredIds.add(ad.getID());
            }
            List<Field> fields = new ArrayList<>();
            AttributeDefinition[] all = ocd.getAttributeDefinitions(ObjectClassDefinition.ALL);
            for (AttributeDefinition ad : all == null ? new AttributeDefinition[0] : all) {
                String[] options = ad.getOptionValues();
                fields.add(new Field(ad.getID(), ad.getType(), ad.getCardinality(), requiredIds.contains(ad.getID()),
                        options == null ? List.of() : List.of(options)));
            }
            return fields;
        }
    }

    private ConfigurationRules() {
    }

    /** Every error of these values against the fields; empty when the types and options are right. */
    static List<String> metatypeErrors(Collection<Field> fields, Map<String, Object> values) {
        List<String> errors = new ArrayList<>();
        for (Field field : fields) {
            Object value = values.get(field.id());
            if (value == null) {
                continue;
            }
            for (String single : strings(value)) {
                String reason = reason(field, single);
                if (reason != null) {
                    errors.add(field.id() + ": '" + single + "' is not a valid " + typeName(field.type()) + " (" + reason + ")");
                }
            }
        }
        return errors;
    }

    /**
     * The errors the module's checks find, each as {@code field: message}. A check that throws
     * is an error of the configuration (it may not take effect unchecked); its cause goes to the log.
     */
    static List<String> checkErrors(String pid, Map<String, Object> values, List<ConfigurationCheck> checks) {
        List<String> errors = new ArrayList<>();
        Map<String, Object> readOnly = Collections.unmodifiableMap(values);
        for (ConfigurationCheck check : checks) {
            try {
                for (FieldError error : check.check(readOnly)) {
                    errors.add(error.field() + ": " + error.message());
                }
            } catch (RuntimeException e) {
                LOG.error("The check of configuration {} failed", pid, e);
                errors.add(pid + ": its check failed on these values (the log has the cause)");
            }
        }
        return errors;
    }

    /** Why one value (one element of a list) does not fit the field; null when it does. */
    private static String reason(Field field, String single) {
        // a list's element may itself hold several values separated by commas, as in a .cfg file
        List<String> parts = field.cardinality() == 0 ? List.of(single.trim()) : split(single);
        for (String part : parts) {
            String reason = reasonOfOne(field, part);
            if (reason != null) {
                return reason;
            }
        }
        return null;
    }

    private static String reasonOfOne(Field field, String value) {
        switch (field.type()) {
            case AttributeDefinition.BOOLEAN:
                if (value.isEmpty()) {
                    return field.required() ? "a value is required" : null;
                }
                // the metatype offers no options to choose from for a boolean
                return "true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value) ? null : "expected true or false";
            case AttributeDefinition.CHARACTER:
                if (value.length() > 1) {
                    return "expected one character";
                }
                if (value.isEmpty() && field.required()) {
                    return "a value is required";
                }
                return option(field, value);
            case AttributeDefinition.BYTE, AttributeDefinition.SHORT, AttributeDefinition.INTEGER, AttributeDefinition.LONG,
                    AttributeDefinition.FLOAT, AttributeDefinition.DOUBLE:
                if (value.isEmpty()) {
                    return field.required() ? "a value is required" : option(field, value);
                }
                if (!isNumber(field.type(), value)) {
                    return field.type() == AttributeDefinition.FLOAT || field.type() == AttributeDefinition.DOUBLE
                            ? "expected a number" : "expected a whole number from " + range(field.type());
                }
                return option(field, value);
            case AttributeDefinition.STRING, AttributeDefinition.PASSWORD:
                return option(field, value);
            default:
                return null; // a type the metatype of a Branchdesk module does not use: nothing to check
        }
    }

    private static String option(Field field, String value) {
        if (field.options().isEmpty() || field.options().contains(value)) {
            return null;
        }
        return "expected one of " + String.join(", ", field.options());
    }

    private static boolean isNumber(int type, String value) {
        try {
            switch (type) {
                case AttributeDefinition.BYTE -> Byte.parseByte(value);
                case AttributeDefinition.SHORT -> Short.parseShort(value);
                case AttributeDefinition.INTEGER -> Integer.parseInt(value);
                case AttributeDefinition.LONG -> Long.parseLong(value);
                case AttributeDefinition.FLOAT -> Float.parseFloat(value);
                default -> Double.parseDouble(value);
            }
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String range(int type) {
        return switch (type) {
            case AttributeDefinition.BYTE -> Byte.MIN_VALUE + " to " + Byte.MAX_VALUE;
            case AttributeDefinition.SHORT -> Short.MIN_VALUE + " to " + Short.MAX_VALUE;
            case AttributeDefinition.INTEGER -> Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
            default -> Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        };
    }

    /**
     * A list written in one string: split at commas not escaped by a backslash, each part without
     * its leading and trailing spaces.
     */
    static List<String> split(String list) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean escaped = false;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (escaped) {
                part.append(c);
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == ',') {
                parts.add(part.toString().strip());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString().strip());
        return parts;
    }

    /** The metatype's name of a type, as branch IT sees it in {@code branchdesk:config}. */
    static String typeName(int type) {
        return switch (type) {
            case AttributeDefinition.STRING -> "String";
            case AttributeDefinition.LONG -> "Long";
            case AttributeDefinition.INTEGER -> "Integer";
            case AttributeDefinition.SHORT -> "Short";
            case AttributeDefinition.CHARACTER -> "Character";
            case AttributeDefinition.BYTE -> "Byte";
            case AttributeDefinition.DOUBLE -> "Double";
            case AttributeDefinition.FLOAT -> "Float";
            case AttributeDefinition.BOOLEAN -> "Boolean";
            case AttributeDefinition.PASSWORD -> "Password";
            default -> "value";
        };
    }

    /** A value as the strings it reads as: one for a plain value, each element of an array or collection. */
    static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                out.add(String.valueOf(Array.get(value, i)));
            }
        } else if (value instanceof Collection<?> c) {
            c.forEach(v -> out.add(String.valueOf(v)));
        } else {
            out.add(String.valueOf(value));
        }
        return out;
    }
}
