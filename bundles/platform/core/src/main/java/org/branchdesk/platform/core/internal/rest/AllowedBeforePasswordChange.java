package org.branchdesk.platform.core.internal.rest;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** The few calls a token may make while its account must change the password: {@link PasswordChangeFilter}. */
@Retention(RUNTIME)
@Target(METHOD)
@interface AllowedBeforePasswordChange {
}
