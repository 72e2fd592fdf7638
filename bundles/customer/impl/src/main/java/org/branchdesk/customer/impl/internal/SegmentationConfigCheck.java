package org.branchdesk.customer.impl.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.branchdesk.customer.impl.internal.segmentation.Thresholds;
import org.branchdesk.platform.api.ConfigurationCheck;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.osgi.service.component.annotations.Component;

/** Refuses thresholds that are not amounts or do not descend, so that segmentation keeps the ones it has. */
@Component(property = ConfigurationCheck.PID + "=org.branchdesk.customer.segmentation")
public final class SegmentationConfigCheck implements ConfigurationCheck {

    @Override
    public List<FieldError> check(Map<String, Object> properties) {
        String field = null;
        try {
            field = "privateMin";
            BigDecimal privateMin = amount(properties, field);
            field = "highMin";
            BigDecimal highMin = amount(properties, field);
            field = "midMin";
            BigDecimal midMin = amount(properties, field);
            field = "massAffluentMin";
            BigDecimal massAffluentMin = amount(properties, field);
            field = "premiumMin";
            BigDecimal premiumMin = amount(properties, field);
            field = "potentialMinAge";
            int minAge = Integer.parseInt(value(properties, field));
            field = "potentialMaxAge";
            int maxAge = Integer.parseInt(value(properties, field));
            new Thresholds(privateMin, highMin, midMin, massAffluentMin, premiumMin, minAge, maxAge);
            return List.of();
        } catch (NumberFormatException e) {
            return List.of(new FieldError(field, "'" + value(properties, field) + "' is not a number"));
        } catch (IllegalArgumentException e) {
            return List.of(new FieldError("thresholds", e.getMessage()));
        }
    }

    private static BigDecimal amount(Map<String, Object> properties, String attribute) {
        return new BigDecimal(value(properties, attribute).trim());
    }

    private static String value(Map<String, Object> properties, String attribute) {
        String[] values = ConfigurationCheck.values(properties.get(attribute));
        if (values != null && values.length > 0) {
            return values[0];
        }
        try {
            return String.valueOf(SegmentationConfig.class.getMethod(attribute).getDefaultValue());
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
