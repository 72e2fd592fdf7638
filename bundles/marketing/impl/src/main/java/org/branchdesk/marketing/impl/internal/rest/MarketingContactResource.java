package org.branchdesk.marketing.impl.internal.rest;

import static org.branchdesk.platform.security.Role.CENTER_HEAD;
import static org.branchdesk.platform.security.Role.CUSTOMER_MANAGER;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.branchdesk.marketing.api.CampaignContact;
import org.branchdesk.marketing.api.Campaigns;
import org.branchdesk.platform.rest.Allow;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.rest.Callers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/marketing/contacts/{id}}: one recorded campaign contact. */
@Component(service = MarketingContactResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("marketing/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Allow({ CUSTOMER_MANAGER, CENTER_HEAD })
public final class MarketingContactResource {

    private final Campaigns campaigns;

    @Activate
    public MarketingContactResource(@Reference Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @GET
    @Path("{id}")
    public CampaignContact get(@PathParam("id") long id, @Context SecurityContext security) {
        return campaigns.recordedContact(id, Callers.of(security));
    }
}
