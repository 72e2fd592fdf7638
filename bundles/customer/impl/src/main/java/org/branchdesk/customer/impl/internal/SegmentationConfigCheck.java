package org.branchdesk.customer.impl.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.branchdesk.customer.impl.internal.segmentation.Thresholds;
import org.branchdesk.platform.api.ConfigurationCheck;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.osgi.service.component.annotations.Component;

/**
 * Refuses thresholds ({@link SegmentationConfig}) that are not amounts or break the rules of
 * {@link Thresholds#problems}, so that segmentation keeps the ones it has. Each error names the
 * property to correct.
 */
@Component(property = ConfigurationCheck.PID + "=org.branchdesk.customer.segmentation")
public final class SegmentationConfigCheck implements ConfigurationCheck {

    @Override
    public List<FieldError> check(Map<String, Object> properties) {
        ConfigValues config = new ConfigValues(properties, SegmentationConfig.class);
        List<FieldError> errors = new ArrayList<>();
        BigDecimal privateMin = config.amount("privateMin", errors);
        BigDecimal highMin = config.amount("highMin", errors);
        BigDecimal midMin = config.amount("midMin", errors);
        BigDecimal massAffluentMin = config.amount("massAffluentMin", errors);
        BigDecimal premiumMin = config.amount("premiumMin", errors);
        Integer minAge = config.integer("potentialMinAge", errors);
        Integer maxAge = config.integer("potentialMaxAge", errors);
        if (errors.isEmpty()) {
            errors.addAll(Thresholds.problems(privateMin, highMin, midMin, massAffluentMin, premiumMin, minAge, maxAge));
        }
        return errors;
    }
}
