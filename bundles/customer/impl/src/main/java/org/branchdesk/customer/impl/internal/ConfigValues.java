package org.branchdesk.customer.impl.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.branchdesk.platform.api.ConfigurationCheck;
import org.branchdesk.platform.api.InvalidInputException.FieldError;

/**
 * A configuration's properties as a {@link ConfigurationCheck} reads them: the strings given,
 * or the typed configuration's default for a property left out, as the component will see it.
 */
final class ConfigValues {

    private final Map<String, Object> properties;
    private final Class<?> ocd;

    ConfigValues(Map<String, Object> properties, Class<?> ocd) {
        this.properties = properties;
        this.ocd = ocd;
    }

    String[] strings(String attribute) {
        String[] values = ConfigurationCheck.values(properties.get(attribute));
        if (values != null) {
            return values;
        }
        Object fallback = defaultOf(attribute);
        return fallback instanceof String[] array ? array : new String[] { String.valueOf(fallback) };
    }

    String string(String attribute) {
        String[] values = strings(attribute);
        return values.length > 0 ? values[0] : String.valueOf(defaultOf(attribute));
    }

    /** The property as a whole number; null, with the error added, if it is not one. */
    Integer integer(String attribute, List<FieldError> errors) {
        String value = string(attribute).trim();
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(attribute, "'" + value + "' is not a whole number"));
            return null;
        }
    }

    /** The property as an amount; null, with the error added, if it is not one. */
    BigDecimal amount(String attribute, List<FieldError> errors) {
        String value = string(attribute).trim();
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(attribute, "'" + value + "' is not a number"));
            return null;
        }
    }

    private Object defaultOf(String attribute) {
        try {
            return ocd.getMethod(attribute).getDefaultValue();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no attribute " + attribute + " in " + Arrays.toString(ocd.getMethods()), e);
        }
    }
}
