package org.branchdesk.counter.impl.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.branchdesk.counter.api.AuthorityLevel;
import org.branchdesk.counter.api.Requirement;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.InvalidInputException.FieldError;

/**
 * The policy's rules, parsed: lines {@code TYPE FROM = LEVEL APPROVALS}. A band runs from its FROM
 * (base currency) to the type's next FROM; {@code *} is the default for every type without its own
 * lines. A rule only: who holds the authority is {@link FourEyes}' question.
 */
final class PolicyRules {

    static final String FIELD = "rules";
    static final String ANY = "*";
    private static final Pattern LINE = Pattern.compile("\\s*(\\*|[A-Z][A-Z0-9_]{0,39})\\s+(\\d{1,13}(?:\\.\\d{1,2})?)\\s*=\\s*([A-Z_]+)\\s+(\\d+)\\s*");

    private final Map<String, NavigableMap<BigDecimal, Requirement>> bands;

    private PolicyRules(Map<String, NavigableMap<BigDecimal, Requirement>> bands) {
        this.bands = bands;
    }

    /** The rules, or the errors naming {@value #FIELD} and the line (1-based). */
    static PolicyRules parse(String[] lines) {
        List<FieldError> errors = new ArrayList<>();
        PolicyRules rules = parse(lines, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return rules;
    }

    static List<FieldError> errors(String[] lines) {
        List<FieldError> errors = new ArrayList<>();
        parse(lines, errors);
        return errors;
    }

    private static PolicyRules parse(String[] lines, List<FieldError> errors) {
        Map<String, NavigableMap<BigDecimal, Requirement>> bands = new TreeMap<>();
        for (int n = 0; n < lines.length; n++) {
            String text = lines[n] == null ? "" : lines[n];
            Matcher m = LINE.matcher(text);
            if (!m.matches()) {
                errors.add(new FieldError(FIELD, "'" + text.trim() + "' is not 'TYPE FROM = LEVEL APPROVALS'", n + 1));
                continue;
            }
            AuthorityLevel level = level(m.group(3));
            int approvals = Integer.parseInt(m.group(4).length() > 2 ? "99" : m.group(4));
            String problem = level == null ? "level '" + m.group(3) + "' is not NONE, OFFICER, SUPERVISOR or CENTER_HEAD"
                    : level == AuthorityLevel.NONE ? (approvals == 0 ? null : "NONE needs 0 approvals")
                    : approvals == 1 || approvals == 2 ? null : level + " needs 1 or 2 approvals";
            if (problem != null) {
                errors.add(new FieldError(FIELD, problem, n + 1));
                continue;
            }
            BigDecimal from = new BigDecimal(m.group(2)).stripTrailingZeros();
            if (from.scale() < 0) {
                from = from.setScale(0);
            }
            Requirement r = new Requirement(level, approvals, from, text.trim().replaceAll("\\s+", " "));
            if (bands.computeIfAbsent(m.group(1), t -> new TreeMap<>()).putIfAbsent(from, r) != null) {
                errors.add(new FieldError(FIELD, "a second band of " + m.group(1) + " from " + from.toPlainString(), n + 1));
            }
        }
        bands.forEach((type, b) -> {
            if (b.firstKey().signum() != 0) {
                errors.add(new FieldError(FIELD, type + " has no band from 0"));
            }
        });
        if (!bands.containsKey(ANY)) {
            errors.add(new FieldError(FIELD, "the default rule '* 0 = LEVEL APPROVALS' is missing"));
        }
        return new PolicyRules(bands);
    }

    private static AuthorityLevel level(String name) {
        try {
            return AuthorityLevel.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** What a request of this type and amount (base currency; null counts as 0) needs. */
    Requirement requirement(String type, BigDecimal baseAmount) {
        NavigableMap<BigDecimal, Requirement> b = bands.getOrDefault(type, bands.get(ANY));
        BigDecimal amount = baseAmount == null || baseAmount.signum() < 0 ? BigDecimal.ZERO : baseAmount;
        return b.floorEntry(amount).getValue();
    }

    /** Every band of every type named in the rules, {@value #ANY} included, in order. */
    List<Map.Entry<String, Requirement>> all() {
        List<Map.Entry<String, Requirement>> all = new ArrayList<>();
        bands.forEach((type, b) -> b.values().forEach(r -> all.add(Map.entry(type, r))));
        return all;
    }
}
