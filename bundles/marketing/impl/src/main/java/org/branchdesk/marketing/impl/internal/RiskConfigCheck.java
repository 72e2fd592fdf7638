package org.branchdesk.marketing.impl.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.branchdesk.platform.api.ConfigurationCheck;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.osgi.service.component.annotations.Component;

/**
 * The rules of the {@value #PID} configuration, in one place ({@link RiskScoring#parse}): the
 * platform's guard asks this check before a configuration reaches the risk profiles, so that a
 * question line that does not parse or thresholds out of order leave them with the questionnaire
 * they have.
 */
@Component(property = ConfigurationCheck.PID + "=" + RiskConfigCheck.PID)
public final class RiskConfigCheck implements ConfigurationCheck {

    static final String PID = "org.branchdesk.marketing.risk";

    @Override
    public List<FieldError> check(Map<String, Object> properties) {
        List<FieldError> errors = new ArrayList<>();
        String version = String.join(",", ConfigurationCheck.valuesOrDefault(properties, "version", RiskConfig.class));
        String days = String.join(",", ConfigurationCheck.valuesOrDefault(properties, "validDays", RiskConfig.class));
        int validDays;
        try {
            validDays = Integer.parseInt(days.trim());
        } catch (NumberFormatException e) {
            errors.add(new FieldError("validDays", "validDays: '" + days + "' is not a number of days from 1 to " + RiskScoring.MOST_VALID_DAYS));
            validDays = 1;
        }
        RiskScoring.parse(version, validDays, ConfigurationCheck.valuesOrDefault(properties, "thresholds", RiskConfig.class),
                ConfigurationCheck.valuesOrDefault(properties, "questions", RiskConfig.class), errors);
        return errors;
    }
}
