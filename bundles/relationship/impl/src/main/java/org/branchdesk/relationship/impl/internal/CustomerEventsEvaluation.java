package org.branchdesk.relationship.impl.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.branchdesk.customer.api.Acquisition;

/**
 * What a customer event achieved, without a framework: how many were invited, accepted and came,
 * and whether those who came bought more in the {@value #WINDOW_DAYS} days from the event's day
 * than those invited who did not come. A salon is worth holding again when its attendees buy;
 * counting them against the invitees who stayed away is the project's measure of that.
 */
public final class CustomerEventsEvaluation {

    /** Days after the event's day in which a product first held counts as bought after it. */
    static final int WINDOW_DAYS = 30;

    /** One invitee as the evaluation needs them. */
    record Invitee(String customerId, String reply, Boolean attended) {
    }

    /**
     * A group of invitees and what they bought in the window.
     *
     * @param buyers       customers of the group with at least one product first held in the window
     * @param acquisitions products (categories) first held in the window by the group
     * @param buyerRate    buyers / customers, four decimals; null for an empty group
     */
    public record EvaluationGroup(int customers, int buyers, int acquisitions, BigDecimal buyerRate) {
    }

    /**
     * @param attendanceRate attended / invited, four decimals; null when nobody was invited
     * @param windowFrom     the event's day
     * @param windowTo       the window's last day, {@value #WINDOW_DAYS} days later
     * @param windowClosed   the window is over: the counts will not grow
     * @param attendees      the invitees who came
     * @param others         the invitees who did not (declined, absent or not recorded)
     */
    public record EventEvaluation(long eventId, int invited, int accepted, int declined, int attended, BigDecimal attendanceRate,
            LocalDate windowFrom, LocalDate windowTo, boolean windowClosed, EvaluationGroup attendees, EvaluationGroup others) {
    }

    private CustomerEventsEvaluation() {
    }

    static LocalDate windowTo(LocalDate day) {
        return day.plusDays(WINDOW_DAYS);
    }

    static EventEvaluation of(long eventId, LocalDate day, LocalDate today, Collection<Invitee> invitees, Collection<Acquisition> acquisitions) {
        LocalDate to = windowTo(day);
        Map<String, Integer> bought = new HashMap<>();
        for (Acquisition a : acquisitions) {
            if (a.day() != null && !a.day().isBefore(day) && !a.day().isAfter(to)) {
                bought.merge(a.customerId(), 1, Integer::sum);
            }
        }
        int accepted = 0;
        int declined = 0;
        Set<String> came = new HashSet<>();
        Set<String> stayed = new HashSet<>();
        for (Invitee i : invitees) {
            if ("ACCEPTED".equals(i.reply())) {
                accepted++;
            } else if ("DECLINED".equals(i.reply())) {
                declined++;
            }
            (Boolean.TRUE.equals(i.attended()) ? came : stayed).add(i.customerId());
        }
        int invited = came.size() + stayed.size();
        return new EventEvaluation(eventId, invited, accepted, declined, came.size(), rate(came.size(), invited), day, to,
                today.isAfter(to), group(came, bought), group(stayed, bought));
    }

    private static EvaluationGroup group(Set<String> customers, Map<String, Integer> bought) {
        int buyers = 0;
        int acquisitions = 0;
        for (String c : customers) {
            Integer n = bought.get(c);
            if (n != null) {
                buyers++;
                acquisitions += n;
            }
        }
        return new EvaluationGroup(customers.size(), buyers, acquisitions, rate(buyers, customers.size()));
    }

    /** n / of, rounded half up to four decimals; null when there is nothing to divide by. */
    static BigDecimal rate(int n, int of) {
        return of == 0 ? null : BigDecimal.valueOf(n).divide(BigDecimal.valueOf(of), 4, RoundingMode.HALF_UP);
    }
}
