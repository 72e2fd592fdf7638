package org.branchdesk.lobby.impl.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Branchdesk lobby", description = "Routing of arrivals and queue fairness")
@interface LobbyConfig {

    @AttributeDefinition(description = "Routing table, first match wins: 'WHO PURPOSE TIER = POINT PRIORITY MODE'. "
            + "WHO: ANY, PREMIUM, POTENTIAL_PREMIUM, OTHER. PURPOSE: CASH, NON_CASH, WEALTH_CONSULTATION, SELF_SERVICE, "
            + "COMPLAINT, OTHER or ANY. TIER: WEALTH_CENTER, VIP_CENTER, OUTLET, CONVENIENCE_STORE or ANY. POINT: "
            + "CUSTOMER_MANAGER, VIP_ROOM, PRIORITY_WINDOW, CASH_COUNTER, NON_CASH_COUNTER, SELF_SERVICE, RECEPTION, REFERRAL. "
            + "PRIORITY: PREMIUM, STANDARD. MODE: TICKET, PERSONAL, NONE.")
    // The defaults follow the tiers and the service process (docs/domain.md): premium customers to their
    // manager or a priority channel; no ticket in a VIP centre's exclusive area; no wealth
    // service in a convenience store (referral to the sub-branch); potential premium customers
    // to a customer manager; simple cash business of everyone else to the machines.
    String[] rules() default {
        "PREMIUM COMPLAINT ANY = RECEPTION PREMIUM PERSONAL",
        "ANY COMPLAINT ANY = RECEPTION STANDARD PERSONAL",
        "PREMIUM ANY VIP_CENTER = VIP_ROOM PREMIUM PERSONAL",
        "PREMIUM WEALTH_CONSULTATION CONVENIENCE_STORE = REFERRAL PREMIUM PERSONAL",
        "POTENTIAL_PREMIUM WEALTH_CONSULTATION CONVENIENCE_STORE = REFERRAL STANDARD PERSONAL",
        "PREMIUM WEALTH_CONSULTATION ANY = CUSTOMER_MANAGER PREMIUM PERSONAL",
        "PREMIUM OTHER ANY = CUSTOMER_MANAGER PREMIUM PERSONAL",
        "PREMIUM CASH CONVENIENCE_STORE = CASH_COUNTER PREMIUM TICKET",
        "PREMIUM CASH ANY = PRIORITY_WINDOW PREMIUM TICKET",
        "PREMIUM NON_CASH ANY = NON_CASH_COUNTER PREMIUM TICKET",
        "PREMIUM SELF_SERVICE ANY = SELF_SERVICE PREMIUM PERSONAL",
        "POTENTIAL_PREMIUM WEALTH_CONSULTATION ANY = CUSTOMER_MANAGER STANDARD PERSONAL",
        "ANY CASH ANY = SELF_SERVICE STANDARD NONE",
        "ANY SELF_SERVICE ANY = SELF_SERVICE STANDARD NONE",
        "ANY NON_CASH ANY = NON_CASH_COUNTER STANDARD TICKET",
        "ANY WEALTH_CONSULTATION ANY = NON_CASH_COUNTER STANDARD TICKET",
        "ANY ANY ANY = RECEPTION STANDARD PERSONAL" };

    @AttributeDefinition(description = "Longest a ticket waits behind premium tickets issued after it before it is called first (seconds)")
    long maxWaitBehindPremiumSeconds() default 600;
}
