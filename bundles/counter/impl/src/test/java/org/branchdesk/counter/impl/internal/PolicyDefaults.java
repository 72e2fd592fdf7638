package org.branchdesk.counter.impl.internal;

import java.lang.annotation.Annotation;

/** The policy's defaults as a typed configuration, with other personal limits, for unit tests. */
final class PolicyDefaults {

    private PolicyDefaults() {
    }

    static PolicyConfig config(String[] personalLimits) {
        return new PolicyConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return PolicyConfig.class;
            }

            private Object fallback(String name) {
                try {
                    return PolicyConfig.class.getMethod(name).getDefaultValue();
                } catch (NoSuchMethodException e) {
                    throw new AssertionError(e);
                }
            }

            @Override
            public String[] rules() {
                return (String[]) fallback("rules");
            }

            @Override
            public String[] roleLimits() {
                return (String[]) fallback("roleLimits");
            }

            @Override
            public String[] personalLimits() {
                return personalLimits;
            }

            @Override
            public String baseCurrency() {
                return "CNY";
            }

            @Override
            public String[] rates() {
                return (String[]) fallback("rates");
            }

            @Override
            public long inboxMaxWaitSeconds() {
                return 600;
            }
        };
    }
}
