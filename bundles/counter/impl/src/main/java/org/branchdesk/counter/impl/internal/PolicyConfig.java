package org.branchdesk.counter.impl.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The authorisation policy of business processing: who must approve what, up to which amount. */
@ObjectClassDefinition(name = "Branchdesk business processing: authorisation policy",
        description = "Per request type and amount band the authority and number of approvals; the checkers' limits; exchange rates to the base currency")
@interface PolicyConfig {

    @AttributeDefinition(description = "One rule per line: 'TYPE FROM = LEVEL APPROVALS'. FROM is the band's lower bound in the base currency; "
            + "a band runs to the type's next FROM. '*' is the default for any type (integrators' too) and is required. "
            + "LEVEL is NONE (APPROVALS 0), OFFICER, SUPERVISOR or CENTER_HEAD (APPROVALS 1 or 2); each type's first band starts at 0")
    String[] rules() default { "LOSS_REPORT 0 = OFFICER 1", "FREEZE 0 = OFFICER 1", "UNFREEZE 0 = SUPERVISOR 1",
            "INQUIRY_REPLY 0 = OFFICER 1", "ACCOUNT_OPENING 0 = OFFICER 1", "ACCOUNT_CLOSING 0 = OFFICER 1", "LOAN 0 = OFFICER 1",
            "LOAN 1000000 = SUPERVISOR 2", "FUND_ALLOCATION 0 = OFFICER 1", "FUND_ALLOCATION 5000000 = CENTER_HEAD 2",
            "COLLECTION_ACCEPTANCE 0 = OFFICER 1", "LARGE_CASH_WITHDRAWAL 0 = OFFICER 1", "LARGE_CASH_WITHDRAWAL 500000 = SUPERVISOR 1",
            "LARGE_CASH_WITHDRAWAL 2000000 = CENTER_HEAD 2", "LARGE_TRANSFER 0 = OFFICER 1", "LARGE_TRANSFER 1000000 = SUPERVISOR 1",
            "LARGE_TRANSFER 5000000 = CENTER_HEAD 2", "PRODUCT_PURCHASE 0 = OFFICER 1", "CUSTOMER_INFO_CHANGE 0 = OFFICER 1",
            "* 0 = OFFICER 1" };

    @AttributeDefinition(description = "The highest amount (base currency) each checker role may approve: 'ROLE=amount' or 'ROLE=unlimited'; "
            + "roles BUSINESS_OFFICER, OPERATIONS_SUPERVISOR, CENTER_HEAD; a role not listed has no limit")
    String[] roleLimits() default { "BUSINESS_OFFICER=2000000", "OPERATIONS_SUPERVISOR=10000000", "CENTER_HEAD=unlimited" };

    @AttributeDefinition(description = "A person's own limit in place of their role's, above or below it: 'username=amount' or 'username=unlimited'")
    String[] personalLimits() default {};

    @AttributeDefinition(description = "The currency of the policy's amounts and limits (ISO 4217 code)")
    String baseCurrency() default "CNY";

    @AttributeDefinition(description = "Exchange rates: 'CUR=rate', units of the base currency per unit of CUR; branch IT keeps them current. "
            + "A request in a currency without a rate is refused")
    String[] rates() default { "USD=7.10", "EUR=7.70", "HKD=0.91" };

    @AttributeDefinition(description = "A request waiting this long (seconds) goes before later premium customers' requests in the checker's inbox")
    long inboxMaxWaitSeconds() default 600;
}
