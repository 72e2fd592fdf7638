package org.branchdesk.relationship.impl.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.branchdesk.customer.api.Segment;
import org.branchdesk.platform.api.ConfigurationCheck;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.branchdesk.platform.api.TextRules;
import org.branchdesk.platform.rest.Params;
import org.branchdesk.relationship.impl.internal.CareEventsCalendar.Kind;
import org.osgi.service.component.annotations.Component;

/**
 * The rules of the {@value #PID} configuration, in one place: the platform's guard asks this
 * check before a configuration reaches the care and event components, so that a holiday line that
 * does not parse or an unknown segment leaves them with the configuration they have; the
 * components build with the same rules ({@link #calendar}).
 */
@Component(property = ConfigurationCheck.PID + "=" + CareEventsConfigCheck.PID)
public final class CareEventsConfigCheck implements ConfigurationCheck {

    static final String PID = "org.branchdesk.relationship.care";

    static final String HOLIDAYS = "holidays";
    static final String SEGMENTS = "segments";
    static final String FOLLOW_UP_DAYS = "followUpDays";
    /** The lead-time attribute of each kind. */
    static final Map<Kind, String> DAYS_AHEAD = Map.of(Kind.BIRTHDAY, "birthdayDaysAhead", Kind.MATURITY, "maturityDaysAhead",
            Kind.ANNIVERSARY, "anniversaryDaysAhead", Kind.HOLIDAY, "holidayDaysAhead");
    static final int MOST_DAYS = 365;
    /** A holiday's name is kept in a task's title and the interaction's purpose (100 characters with its prefix). */
    static final int HOLIDAY_NAME_LENGTH = 60;

    @Override
    public List<FieldError> check(Map<String, Object> properties) {
        List<FieldError> errors = new ArrayList<>();
        for (String attribute : DAYS_AHEAD.values()) {
            days(attribute, single(properties, attribute), errors);
        }
        days(FOLLOW_UP_DAYS, single(properties, FOLLOW_UP_DAYS), errors);
        holidays(strings(properties, HOLIDAYS), errors);
        segments(strings(properties, SEGMENTS), errors);
        return errors;
    }

    /**
     * The calendar of a configuration the guard let through; without the guard, a configuration
     * that breaks the rules stops the component with the same messages.
     */
    static CareEventsCalendar calendar(CareEventsConfig config) {
        List<FieldError> errors = new ArrayList<>();
        Map<Kind, Integer> ahead = new EnumMap<>(Kind.class);
        ahead.put(Kind.BIRTHDAY, days(DAYS_AHEAD.get(Kind.BIRTHDAY), String.valueOf(config.birthdayDaysAhead()), errors));
        ahead.put(Kind.MATURITY, days(DAYS_AHEAD.get(Kind.MATURITY), String.valueOf(config.maturityDaysAhead()), errors));
        ahead.put(Kind.ANNIVERSARY, days(DAYS_AHEAD.get(Kind.ANNIVERSARY), String.valueOf(config.anniversaryDaysAhead()), errors));
        ahead.put(Kind.HOLIDAY, days(DAYS_AHEAD.get(Kind.HOLIDAY), String.valueOf(config.holidayDaysAhead()), errors));
        days(FOLLOW_UP_DAYS, String.valueOf(config.followUpDays()), errors);
        Map<LocalDate, String> holidays = holidays(config.holidays(), errors);
        Set<Segment> segments = segments(config.segments(), errors);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", errors.stream().map(FieldError::message).toList()));
        }
        return new CareEventsCalendar(ahead, holidays, segments);
    }

    /** A number of days from 0 to {@value #MOST_DAYS}; 0, with an error naming the attribute, otherwise. */
    static int days(String attribute, String value, List<FieldError> errors) {
        try {
            int days = Integer.parseInt(value.trim());
            if (days >= 0 && days <= MOST_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(attribute, attribute + ": '" + value + "' is not a number of days from 0 to " + MOST_DAYS));
        return 0;
    }

    /** Lines {@code YYYY-MM-DD=name}, one per day; the first bad line is the error. */
    static Map<LocalDate, String> holidays(String[] lines, List<FieldError> errors) {
        Map<LocalDate, String> holidays = new TreeMap<>();
        for (String line : lines) {
            int eq = line.indexOf('=');
            String problem = null;
            LocalDate day = null;
            String name = eq < 0 ? null : line.substring(eq + 1).trim();
            try {
                day = eq < 0 ? null : LocalDate.parse(line.substring(0, eq).trim());
            } catch (DateTimeParseException e) {
                problem = "is not YYYY-MM-DD=name";
            }
            if (problem == null && (day == null || name.isEmpty())) {
                problem = "is not YYYY-MM-DD=name";
            } else if (problem == null && (day.isBefore(Params.FIRST_DATE) || day.isAfter(Params.LAST_DATE))) {
                problem = "is outside " + Params.FIRST_DATE + " to " + Params.LAST_DATE;
            } else if (problem == null) {
                List<FieldError> nameErrors = new ArrayList<>();
                TextRules.check(nameErrors, HOLIDAYS, name, true, HOLIDAY_NAME_LENGTH, false);
                if (!nameErrors.isEmpty()) {
                    problem = "has a name that " + nameErrors.get(0).message();
                } else if (holidays.containsKey(day)) {
                    problem = "names a day already given";
                }
            }
            if (problem != null) {
                errors.add(new FieldError(HOLIDAYS, HOLIDAYS + ": '" + line + "' " + problem));
                return holidays;
            }
            holidays.put(day, name);
        }
        return holidays;
    }

    /** Segment names; the first unknown one is the error. */
    static Set<Segment> segments(String[] names, List<FieldError> errors) {
        Set<Segment> segments = EnumSet.noneOf(Segment.class);
        for (String name : names) {
            try {
                segments.add(Segment.valueOf(name.trim()));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(SEGMENTS, SEGMENTS + ": '" + name + "' is not one of " + List.of(Segment.values())));
                return segments;
            }
        }
        return segments;
    }

    private static String single(Map<String, Object> properties, String attribute) {
        String[] values = strings(properties, attribute);
        return values.length == 1 ? values[0] : String.join(",", values);
    }

    private static String[] strings(Map<String, Object> properties, String attribute) {
        return ConfigurationCheck.valuesOrDefault(properties, attribute, CareEventsConfig.class);
    }
}
