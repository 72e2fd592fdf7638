package org.branchdesk.platform.rest;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import org.branchdesk.platform.security.Role;

/**
 * Roles allowed to call a resource method (or every method of a class). A caller holding none
 * of them gets 403. Without {@code @Allow} any authenticated caller may call.
 */
@Documented
@Retention(RUNTIME)
@Target({ TYPE, METHOD })
public @interface Allow {
    Role[] value();
}
