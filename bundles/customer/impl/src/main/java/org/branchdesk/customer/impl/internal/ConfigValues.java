package org.branchdesk.customer.impl.internal;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
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
    private final Class<? extends Annotation> ocd;

    ConfigValues(Map<String, Object> properties, Class<? extends Annotation> ocd) {
        this.properties = properties;
        this.ocd = ocd;
    }

    String[] strings(String attribute) {
        return ConfigurationCheck.valuesOrDefault(properties, attribute, ocd);
    }

    String string(String attribute) {
        String[] values = strings(attribute);
        return values.length > 0 ? values[0] : "";
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
}
