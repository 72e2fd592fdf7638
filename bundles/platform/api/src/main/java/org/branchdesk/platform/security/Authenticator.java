package org.branchdesk.platform.security;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Checks bearer tokens; the REST layer calls it for every request but the public ones. */
@ProviderType
public interface Authenticator {

    /** The caller the token belongs to, if the token is known and has not expired. */
    Optional<Caller> authenticate(String bearerToken);
}
