package org.branchdesk.platform.api;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard service: checks a configuration before it reaches the components that use it.
 * Register it with the service property {@value #PID} naming the PID (or factory PID) it checks.
 * <p>
 * The platform's configuration guard first checks every property against the PID's metatype
 * (types, options), then asks the checks registered for the PID. A configuration with errors is
 * refused: the errors are logged and shown to branch IT ({@code branchdesk:config}, the health
 * answer), and the components go on with the last configuration that passed, or with their
 * defaults if none has. A malformed file in {@code etc/} therefore never stops a module.
 * <p>
 * This is the one way a module checks its configuration:
 * <ul>
 * <li>types, lists and the allowed values of a field are declared in the module's
 * {@code @ObjectClassDefinition} (an enum gives the options); the guard refuses a value that
 * does not fit, from a {@code .cfg} file (text) as from a {@code .config} file (typed);</li>
 * <li>everything else (ranges, formats, rules between fields, the text of a rule) is checked by
 * a {@code ConfigurationCheck} of the module, registered for the PID; it sees only values of the
 * right types, and every property set, also those the metatype does not declare;</li>
 * <li>the component receives only configurations that passed, so it need not check them again
 * when it activates; a value it could not use there is a rule missing from its check.</li>
 * </ul>
 * A check that throws refuses the configuration (its cause is logged). An absent property is
 * not checked: the component uses its default. Each error names its property in
 * {@code field}, and its message is for branch IT: no Java class names.
 */
@ConsumerType
public interface ConfigurationCheck {

    /** Service property: the PID(s) this check is for. */
    String PID = "branchdesk.config.pid";

    /**
     * What is wrong with these properties, one error per offending property (named in
     * {@code field}); empty when they may take effect. Properties may be strings (from a
     * {@code .cfg} file) or typed values and arrays (from a {@code .config} file or code).
     */
    List<InvalidInputException.FieldError> check(Map<String, Object> properties);

    /**
     * A property's value as the strings a component would see for a {@code String[]} attribute:
     * null for an absent property, one string for a plain value, each element of an array or
     * collection.
     */
    static String[] values(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Object[] array) {
            return java.util.Arrays.stream(array).map(String::valueOf).toArray(String[]::new);
        }
        if (value instanceof java.util.Collection<?> collection) {
            return collection.stream().map(String::valueOf).toArray(String[]::new);
        }
        return new String[] { String.valueOf(value) };
    }

    /**
     * A property's values as {@link #values} gives them or, when the property is absent, the
     * default of the attribute of that name in the PID's typed configuration {@code ocd} (its
     * {@code @ObjectClassDefinition} annotation): the values the component will see.
     *
     * @since 1.4
     */
    static String[] valuesOrDefault(Map<String, Object> properties, String attribute, Class<? extends java.lang.annotation.Annotation> ocd) {
        String[] given = values(properties.get(attribute));
        if (given != null) {
            return given;
        }
        Object fallback;
        try {
            fallback = ocd.getMethod(attribute).getDefaultValue();
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(ocd.getSimpleName() + " has no attribute " + attribute, e);
        }
        if (fallback != null && fallback.getClass().isArray()) {
            String[] array = new String[java.lang.reflect.Array.getLength(fallback)];
            for (int k = 0; k < array.length; k++) {
                array[k] = String.valueOf(java.lang.reflect.Array.get(fallback, k));
            }
            return array;
        }
        return fallback == null ? new String[0] : new String[] { String.valueOf(fallback) };
    }
}
