package org.branchdesk.customer.impl.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.branchdesk.customer.api.Customer;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Masking;
import org.branchdesk.platform.security.Role;

/**
 * Decides, per caller and customer, which identifiers are shown in full, and masks the rest.
 * What was shown in full is reported so that it can be audited.
 */
final class Masker {

    /** A customer as the caller may see them, and which fields were left unmasked. */
    record Masked(Customer customer, List<String> unmasked) {
    }

    private final Set<Role> fullIdNumber;
    private final Set<Role> fullPhone;
    private final Set<Role> fullCard;

    Masker(String[] fullIdNumberRoles, String[] fullPhoneRoles, String[] fullCardRoles) {
        this.fullIdNumber = roles("fullIdNumberRoles", fullIdNumberRoles);
        this.fullPhone = roles("fullPhoneRoles", fullPhoneRoles);
        this.fullCard = roles("fullCardRoles", fullCardRoles);
    }

    Masked mask(Customer c, Caller caller) {
        List<String> unmasked = new ArrayList<>(3);
        boolean idNumber = seesAny(caller, fullIdNumber);
        boolean phone = seesAny(caller, fullPhone)
                || (caller.has(Role.CUSTOMER_MANAGER) && caller.username().equals(c.manager()));
        boolean cards = seesAny(caller, fullCard);
        if (idNumber && c.idNumber() != null) {
            unmasked.add("idNumber");
        }
        if (phone && c.phone() != null) {
            unmasked.add("phone");
        }
        if (cards && !c.cardNumbers().isEmpty()) {
            unmasked.add("cardNumbers");
        }
        // a resident ID number carries the birth date: whoever sees the number masked gets the year only
        Customer shown = new Customer(c.id(), c.name(), c.idType(), idNumber ? c.idNumber() : Masking.idNumber(c.idNumber()),
                phone ? c.phone() : Masking.phone(c.phone()), idNumber ? c.birthDate() : null, c.birthYear(), c.education(),
                c.occupation(),
                cards ? c.cardNumbers() : c.cardNumbers().stream().map(Masking::cardNumber).toList(), c.otherBankAssets(),
                c.manager(), c.segment(), c.segmentQuarter(), c.averageAssets(), c.potentialPremium());
        return new Masked(shown, List.copyOf(unmasked));
    }

    private static boolean seesAny(Caller caller, Set<Role> roles) {
        return roles.stream().anyMatch(caller::has);
    }

    /**
     * What is wrong with a list of roles of the configuration (property {@code field}): each
     * name must be a role. {@link CustomerConfigCheck} refuses a configuration by this rule, and
     * a masker cannot be made against it.
     */
    static List<FieldError> problems(String field, String[] names) {
        List<FieldError> errors = new ArrayList<>();
        for (String name : names == null ? new String[0] : names) {
            String n = name.trim();
            if (!n.isEmpty() && Arrays.stream(Role.values()).noneMatch(r -> r.name().equals(n))) {
                errors.add(new FieldError(field, "'" + n + "' is not a role; the roles are " + Arrays.toString(Role.values())));
            }
        }
        return errors;
    }

    private static Set<Role> roles(String field, String[] names) {
        List<FieldError> problems = problems(field, names);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(field + ": " + problems.get(0).message());
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(names).map(String::trim).filter(n -> !n.isEmpty()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }
}
