package org.branchdesk.marketing.impl.internal;

import java.util.Map;

import org.branchdesk.platform.api.ConfigurationCheck;

/** The shipped defaults of the risk configuration, as a component sees them. */
final class ConfigurationCheckDefaults {

    private ConfigurationCheckDefaults() {
    }

    static String[] questions() {
        return ConfigurationCheck.valuesOrDefault(Map.of(), "questions", RiskConfig.class);
    }
}
