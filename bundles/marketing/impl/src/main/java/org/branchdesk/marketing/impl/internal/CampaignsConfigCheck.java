package org.branchdesk.marketing.impl.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.branchdesk.platform.api.ConfigurationCheck;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.osgi.service.component.annotations.Component;

/**
 * The rules of the {@value #PID} configuration, in one place: the platform's guard asks this
 * check before a configuration reaches the components; the components run the same rules on
 * what they are given ({@link #require}).
 */
@Component(property = ConfigurationCheck.PID + "=" + CampaignsConfigCheck.PID)
public final class CampaignsConfigCheck implements ConfigurationCheck {

    static final String PID = "org.branchdesk.marketing.campaigns";
    static final String MAX_CONTACTS = "maxContacts", PER_DAYS = "perDays", CHECK_SECONDS = "checkSeconds";

    @Override
    public List<FieldError> check(Map<String, Object> properties) {
        return errors(one(properties, MAX_CONTACTS), one(properties, PER_DAYS), one(properties, CHECK_SECONDS));
    }

    /** What is wrong, one error per offending attribute, each naming it. */
    static List<FieldError> errors(String maxContacts, String perDays, String checkSeconds) {
        List<FieldError> errors = new ArrayList<>();
        whole(errors, MAX_CONTACTS, maxContacts, 1, 1000, "contacts");
        whole(errors, PER_DAYS, perDays, 1, 366, "days");
        whole(errors, CHECK_SECONDS, checkSeconds, 1, 86_400, "seconds");
        return errors;
    }

    /** The same rules for a component's configuration: one that breaks them stops the component with the same messages. */
    static CampaignsConfig require(CampaignsConfig config) {
        List<FieldError> errors = errors(String.valueOf(config.maxContacts()), String.valueOf(config.perDays()),
                String.valueOf(config.checkSeconds()));
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", errors.stream().map(FieldError::message).toList()));
        }
        return config;
    }

    private static void whole(List<FieldError> errors, String field, String value, long min, long max, String unit) {
        try {
            long n = Long.parseLong(value.trim());
            if (n >= min && n <= max) {
                return;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(field, field + ": '" + value + "' is not a whole number of " + unit + " from " + min + " to " + max));
    }

    private static String one(Map<String, Object> properties, String attribute) {
        String[] values = ConfigurationCheck.valuesOrDefault(properties, attribute, CampaignsConfig.class);
        return values.length == 1 ? values[0] : String.join(",", values);
    }
}
