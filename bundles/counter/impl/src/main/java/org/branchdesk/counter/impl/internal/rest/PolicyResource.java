package org.branchdesk.counter.impl.internal.rest;

import static org.branchdesk.platform.security.Role.BUSINESS_OFFICER;
import static org.branchdesk.platform.security.Role.CENTER_HEAD;
import static org.branchdesk.platform.security.Role.OPERATIONS_SUPERVISOR;

import java.math.BigDecimal;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.branchdesk.counter.api.Authorisations;
import org.branchdesk.counter.api.AuthorityGap;
import org.branchdesk.counter.api.Requirement;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.rest.Allow;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.rest.Callers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/counter/policy}: what the authorisation policy asks, and where four eyes are impossible. */
@Component(service = PolicyResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("counter/policy")
@Produces(MediaType.APPLICATION_JSON)
public final class PolicyResource {

    private final Authorisations authorisations;

    @Activate
    public PolicyResource(@Reference Authorisations authorisations) {
        this.authorisations = authorisations;
    }

    /** {@code ?type=&amount=&currency=}: amount and currency optional (no amount: the first band; no currency: the base). */
    @GET
    @Path("requirement")
    @Allow({ BUSINESS_OFFICER, OPERATIONS_SUPERVISOR, CENTER_HEAD })
    public Requirement requirement(@QueryParam("type") String type, @QueryParam("amount") String amount,
            @QueryParam("currency") String currency, @Context SecurityContext security) {
        return authorisations.requirement(type, amount(amount), currency == null || currency.isBlank() ? null : currency,
                Callers.of(security));
    }

    @GET
    @Path("gaps")
    @Allow({ OPERATIONS_SUPERVISOR, CENTER_HEAD })
    public List<AuthorityGap> gaps(@Context SecurityContext security) {
        return authorisations.gaps(Callers.of(security));
    }

    private static BigDecimal amount(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("amount", "'" + value + "' is not a number");
        }
    }
}
