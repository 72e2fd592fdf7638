package org.branchdesk.platform.core.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Branchdesk security", description = "Password hashing and login tokens")
@interface SecurityConfig {

    @AttributeDefinition(description = "PBKDF2-HMAC-SHA256 iterations for new password hashes (OWASP 2023: 600000)")
    int passwordIterations() default 600_000;

    @AttributeDefinition(description = "How long a login token is valid, in hours")
    int tokenHours() default 8;

    @AttributeDefinition(description = "Shortest password accepted")
    int minPasswordLength() default 10;
}
