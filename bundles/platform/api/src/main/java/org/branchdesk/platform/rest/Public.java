package org.branchdesk.platform.rest;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Marks the few resource methods that need no authentication (health, login). */
@Documented
@Retention(RUNTIME)
@Target({ TYPE, METHOD })
public @interface Public {
}
