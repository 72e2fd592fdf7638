package org.branchdesk.platform.admin.internal;

import java.time.LocalDate;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.figures.FigurePeriod;
import org.branchdesk.platform.rest.Allow;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.rest.Callers;
import org.branchdesk.platform.rest.Params;
import org.branchdesk.platform.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /api/figures?from=&to=}: the figures the centre is judged by, from every installed
 * module, for the days from {@code from} to {@code to} (both included; by default the 30 days up
 * to today). For the centre head's dashboard and for reporting.
 */
@Component(service = FiguresResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("figures")
@Produces(MediaType.APPLICATION_JSON)
public final class FiguresResource {

    private final Figures figures;

    @Activate
    public FiguresResource(@Reference Figures figures) {
        this.figures = figures;
    }

    @GET
    @Allow(Role.CENTER_HEAD)
    public Figures.Answer figures(@QueryParam("from") String from, @QueryParam("to") String to, @Context SecurityContext security) {
        LocalDate end = to == null ? LocalDate.now() : Params.date("to", to);
        LocalDate start = from == null ? end.minusDays(29) : Params.date("from", from);
        if (end.isBefore(start)) {
            throw new InvalidInputException("to", "is before from");
        }
        FigurePeriod period = new FigurePeriod(start, end);
        if (period.days() > FigurePeriod.MAX_DAYS) {
            throw new InvalidInputException("from", "the period is longer than " + FigurePeriod.MAX_DAYS + " days");
        }
        return figures.collect(period, Callers.of(security));
    }
}
