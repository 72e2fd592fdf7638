package org.branchdesk.platform.core.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Branchdesk security", description = "Password hashing, login tokens and login throttling")
@interface SecurityConfig {

    @AttributeDefinition(description = "PBKDF2-HMAC-SHA256 iterations for new password hashes (OWASP 2023: 600000)")
    int passwordIterations() default 600_000;

    @AttributeDefinition(description = "How long a login token is valid, in hours")
    int tokenHours() default 8;

    @AttributeDefinition(description = "A token unused this long is refused, in seconds (at least 1, at most tokenHours)")
    int idleSeconds() default 1800;

    @AttributeDefinition(description = "How long a runtime trusts a token it has cached before it reads the token and its account"
            + " from the database again, in seconds: the bound within which a logout, a disabled account or changed roles on"
            + " another runtime sharing the database take effect on this one (0: read at every request, at most 3600)")
    int sessionCheckSeconds() default 5;

    @AttributeDefinition(description = "Shortest password accepted")
    int minPasswordLength() default 10;

    @AttributeDefinition(description = "Failed logins of one username before it is locked (1 to 100)")
    int maxFailuresPerAccount() default 5;

    @AttributeDefinition(description = "Failed logins from one client address before it is locked (1 to 10000)")
    int maxFailuresPerAddress() default 20;

    @AttributeDefinition(description = "How long a locked username or client address stays locked, in minutes (1 to 1440)")
    int lockMinutes() default 15;

    @AttributeDefinition(description = "How long the answer to the first failed login is held back, in seconds, doubled"
            + " after each further one, at most 10 s (0 for none, at most 10)")
    int failureDelaySeconds() default 1;

    @AttributeDefinition(description = "Addresses of reverse proxies whose X-Forwarded-For header names the client;"
            + " empty: the header is ignored")
    String[] trustedProxies() default {};
}
