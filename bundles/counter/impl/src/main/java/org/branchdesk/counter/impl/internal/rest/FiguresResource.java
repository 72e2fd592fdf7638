package org.branchdesk.counter.impl.internal.rest;

import static org.branchdesk.platform.security.Role.CENTER_HEAD;
import static org.branchdesk.platform.security.Role.OPERATIONS_SUPERVISOR;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.branchdesk.counter.api.CounterFigures;
import org.branchdesk.counter.api.CounterReport;
import org.branchdesk.platform.rest.Allow;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.rest.Callers;
import org.branchdesk.platform.rest.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/counter/figures?from=&to=}: the counters' figures over some days (today by default). */
@Component(service = FiguresResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("counter/figures")
@Produces(MediaType.APPLICATION_JSON)
@Allow({ CENTER_HEAD, OPERATIONS_SUPERVISOR })
public final class FiguresResource {

    private final CounterFigures figures;

    @Activate
    public FiguresResource(@Reference CounterFigures figures) {
        this.figures = figures;
    }

    @GET
    public CounterReport figures(@QueryParam("from") String from, @QueryParam("to") String to, @Context SecurityContext security) {
        return figures.report(Params.date("from", from), Params.date("to", to), Callers.of(security));
    }
}
