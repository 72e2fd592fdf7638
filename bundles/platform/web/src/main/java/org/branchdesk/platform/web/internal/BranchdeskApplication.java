package org.branchdesk.platform.web.internal;

import javax.ws.rs.core.Application;

import org.branchdesk.platform.rest.BranchdeskApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The application every module's resources join, under {@code /api}. It is only served once
 * the authentication filters (for every method, and for {@code OPTIONS}), the JSON provider and
 * the problem mapper are there: without the filters it would be served open, so the whiteboard
 * is told to wait for them. The platform core's password-change filter ({@value #PASSWORD_CHANGE})
 * too: without it an account whose password an administrator reset could call what needs no role
 * before changing it.
 */
@Component(service = Application.class)
@JaxrsName(BranchdeskApi.APPLICATION_NAME)
@JaxrsApplicationBase(BranchdeskApi.BASE)
@JaxrsExtensionSelect({ "(osgi.jaxrs.name=" + AuthenticationFilter.NAME + ")", "(osgi.jaxrs.name=" + JsonProvider.NAME + ")",
        "(osgi.jaxrs.name=" + ProblemMapper.NAME + ")", "(osgi.jaxrs.name=" + OptionsFilter.NAME + ")",
        "(osgi.jaxrs.name=" + BranchdeskApplication.PASSWORD_CHANGE + ")" })
public final class BranchdeskApplication extends Application {

    /** {@code osgi.jaxrs.name} of the platform core's filter for accounts that must change their password. */
    static final String PASSWORD_CHANGE = "branchdesk.password-change";
}
