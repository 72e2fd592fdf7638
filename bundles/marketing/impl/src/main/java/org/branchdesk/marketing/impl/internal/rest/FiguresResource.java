package org.branchdesk.marketing.impl.internal.rest;

import static org.branchdesk.platform.security.Role.CENTER_HEAD;
import static org.branchdesk.platform.security.Role.CUSTOMER_MANAGER;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.branchdesk.marketing.api.CrossSellFigures;
import org.branchdesk.marketing.api.MarketingFigures;
import org.branchdesk.platform.rest.Allow;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.rest.Callers;
import org.branchdesk.platform.rest.Params;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/marketing/figures}: cross-selling and campaign figures of the centre (the centre
 * head) or of one manager ({@code manager}, by default a customer manager's own), and
 * {@code /figures/managers}: every manager's, for the centre head.
 */
@Component(service = FiguresResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("marketing/figures")
@Produces(MediaType.APPLICATION_JSON)
@Allow({ CUSTOMER_MANAGER, CENTER_HEAD })
public final class FiguresResource {

    private final MarketingFigures figures;

    @Activate
    public FiguresResource(@Reference MarketingFigures figures) {
        this.figures = figures;
    }

    @GET
    public CrossSellFigures figures(@QueryParam("manager") String manager, @QueryParam("from") String from, @QueryParam("to") String to,
            @Context SecurityContext security) {
        var caller = Callers.of(security);
        String who = manager != null && !manager.isBlank() ? manager : caller.has(CENTER_HEAD) ? null : caller.username();
        return figures.crossSell(who, Params.date("from", from), Params.date("to", to), caller);
    }

    @GET
    @Path("managers")
    @Allow(CENTER_HEAD)
    public List<CrossSellFigures> managers(@QueryParam("from") String from, @QueryParam("to") String to, @Context SecurityContext security) {
        return figures.byManager(Params.date("from", from), Params.date("to", to), Callers.of(security));
    }
}
