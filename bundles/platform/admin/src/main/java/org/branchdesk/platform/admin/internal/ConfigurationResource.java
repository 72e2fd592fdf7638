package org.branchdesk.platform.admin.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.branchdesk.platform.rest.Allow;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /api/admin/configuration}: the configuration in force, PID by PID, and the refused
 * ones with their errors: the same model {@code branchdesk:config} prints. Passwords are masked.
 * For branch IT.
 */
@Component(service = ConfigurationResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("admin/configuration")
@Produces(MediaType.APPLICATION_JSON)
@Allow(Role.ADMIN)
public final class ConfigurationResource {

    private final ConfigurationReport report;

    @Activate
    public ConfigurationResource(@Reference ConfigurationReport report) {
        this.report = report;
    }

    @GET
    public List<ConfigurationReport.Pid> configuration() {
        return report.model(null);
    }
}
