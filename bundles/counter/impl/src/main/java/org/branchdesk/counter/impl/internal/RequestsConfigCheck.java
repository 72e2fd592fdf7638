package org.branchdesk.counter.impl.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.branchdesk.platform.api.ConfigurationCheck;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.osgi.service.component.annotations.Component;

/**
 * The rules of the {@value #PID} configuration, in one place: the platform's guard asks this
 * check before a configuration reaches the components, which run the same rules ({@link #require}).
 */
@Component(property = ConfigurationCheck.PID + "=" + RequestsConfigCheck.PID)
public final class RequestsConfigCheck implements ConfigurationCheck {

    static final String PID = "org.branchdesk.counter";
    static final String DAY_END = "businessDayEnd", EXPIRY_SECONDS = "expiryCheckSeconds";
    private static final Pattern HH_MM = Pattern.compile("([0-9]{2}):([0-9]{2})");

    @Override
    public List<FieldError> check(Map<String, Object> properties) {
        return errors(one(properties, DAY_END), one(properties, EXPIRY_SECONDS));
    }

    static List<FieldError> errors(String dayEnd, String expirySeconds) {
        List<FieldError> errors = new ArrayList<>();
        if (minutes(dayEnd) < 0) {
            errors.add(new FieldError(DAY_END, DAY_END + ": '" + dayEnd + "' is not a time HH:mm from 00:01 to 24:00"));
        }
        try {
            long n = Long.parseLong(expirySeconds.trim());
            if (n < 1 || n > 86_400) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            errors.add(new FieldError(EXPIRY_SECONDS, EXPIRY_SECONDS + ": '" + expirySeconds
                    + "' is not a whole number of seconds from 1 to 86400"));
        }
        return errors;
    }

    /** The day's end in minutes after midnight (1 to 1440), or -1 when the text is not one. */
    static int minutes(String hhmm) {
        Matcher m = hhmm == null ? null : HH_MM.matcher(hhmm.trim());
        if (m == null || !m.matches()) {
            return -1;
        }
        int h = Integer.parseInt(m.group(1)), min = Integer.parseInt(m.group(2));
        int total = h * 60 + min;
        return min < 60 && total >= 1 && total <= 1440 ? total : -1;
    }

    static RequestsConfig require(RequestsConfig config) {
        List<FieldError> errors = errors(config.businessDayEnd(), String.valueOf(config.expiryCheckSeconds()));
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", errors.stream().map(FieldError::message).toList()));
        }
        return config;
    }

    private static String one(Map<String, Object> properties, String attribute) {
        String[] values = ConfigurationCheck.valuesOrDefault(properties, attribute, RequestsConfig.class);
        return values.length == 1 ? values[0] : String.join(",", values);
    }
}
