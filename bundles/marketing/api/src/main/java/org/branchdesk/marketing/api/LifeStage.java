package org.branchdesk.marketing.api;

/** Where a customer is in life, for their needs file. */
public enum LifeStage {
    STUDENT, SINGLE, YOUNG_FAMILY, ESTABLISHED_FAMILY, PRE_RETIREMENT, RETIRED
}
