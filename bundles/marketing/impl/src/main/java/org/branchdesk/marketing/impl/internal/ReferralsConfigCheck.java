package org.branchdesk.marketing.impl.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.branchdesk.platform.api.ConfigurationCheck;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.osgi.service.component.annotations.Component;

/**
 * The rules of the {@value #PID} configuration: each share a whole percent from 0 to 100, the two
 * summing to exactly 100, so that a won amount is credited once, no more and no less.
 */
@Component(property = ConfigurationCheck.PID + "=" + ReferralsConfigCheck.PID)
public final class ReferralsConfigCheck implements ConfigurationCheck {

    static final String PID = "org.branchdesk.marketing.referrals";
    static final String MANAGER_SHARE = "managerShare", REFERRER_SHARE = "referrerShare";

    @Override
    public List<FieldError> check(Map<String, Object> properties) {
        return errors(one(properties, MANAGER_SHARE), one(properties, REFERRER_SHARE));
    }

    /** What is wrong, one error per offending attribute, each naming it. */
    static List<FieldError> errors(String managerShare, String referrerShare) {
        List<FieldError> errors = new ArrayList<>();
        Integer m = percent(errors, MANAGER_SHARE, managerShare);
        Integer r = percent(errors, REFERRER_SHARE, referrerShare);
        if (m != null && r != null && m + r != 100) {
            errors.add(new FieldError(REFERRER_SHARE, REFERRER_SHARE + ": " + MANAGER_SHARE + " " + m + " and " + REFERRER_SHARE + " " + r
                    + " sum to " + (m + r) + ", not 100"));
        }
        return errors;
    }

    /** The split of a configuration, refused with the same messages if it breaks the rules (without the guard). */
    static CreditSplit require(ReferralsConfig config) {
        List<FieldError> errors = errors(String.valueOf(config.managerShare()), String.valueOf(config.referrerShare()));
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", errors.stream().map(FieldError::message).toList()));
        }
        return new CreditSplit(config.managerShare(), config.referrerShare());
    }

    private static Integer percent(List<FieldError> errors, String field, String value) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 0 && n <= 100) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(field, field + ": '" + value + "' is not a whole percent from 0 to 100"));
        return null;
    }

    private static String one(Map<String, Object> properties, String attribute) {
        String[] values = ConfigurationCheck.valuesOrDefault(properties, attribute, ReferralsConfig.class);
        return values.length == 1 ? values[0] : String.join(",", values);
    }
}
