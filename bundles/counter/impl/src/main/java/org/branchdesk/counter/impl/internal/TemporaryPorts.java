package org.branchdesk.counter.impl.internal;

import java.math.BigDecimal;

import org.branchdesk.counter.api.AuthorityLevel;
import org.branchdesk.counter.api.Requirement;

/** TEMPORARY until helper policy's AuthorisationPolicy. */
final class TemporaryPorts {

    private TemporaryPorts() {
    }

    static String baseCurrency() {
        return "CNY";
    }

    static BigDecimal toBase(BigDecimal amount, String currency) {
        return amount;
    }

    static Requirement requirement(String type, BigDecimal base) {
        return new Requirement(AuthorityLevel.OFFICER, 1, BigDecimal.ZERO, "* 0 = OFFICER 1");
    }

}
