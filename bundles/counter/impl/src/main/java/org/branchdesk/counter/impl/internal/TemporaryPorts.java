package org.branchdesk.counter.impl.internal;

import java.math.BigDecimal;
import java.util.Map;

import org.branchdesk.counter.api.AuthorityLevel;
import org.branchdesk.counter.api.Requirement;
import org.branchdesk.platform.security.Caller;

/** TEMPORARY until helper policy's AuthorisationPolicy and helper handover's Handovers/CounterEffects are merged. */
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

    static void precheck(String type, String customerId, Map<String, String> fields, BigDecimal amount, Caller maker) {
    }

    static void handOver(long id) {
    }
}
