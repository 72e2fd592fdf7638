package org.branchdesk.marketing.impl.internal.rest;

import static org.branchdesk.platform.security.Role.CENTER_HEAD;
import static org.branchdesk.platform.security.Role.CUSTOMER_MANAGER;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.branchdesk.marketing.api.Needs;
import org.branchdesk.marketing.api.NeedsFiles;
import org.branchdesk.marketing.api.NeedsInput;
import org.branchdesk.marketing.api.Recommendation;
import org.branchdesk.marketing.api.Recommendations;
import org.branchdesk.marketing.api.RiskAssessment;
import org.branchdesk.marketing.api.RiskProfiles;
import org.branchdesk.marketing.api.RiskQuestionnaire;
import org.branchdesk.marketing.api.Suitability;
import org.branchdesk.marketing.api.SuitabilityVerdict;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.NotFoundException;
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
 * A customer's risk profiles, needs file, suitability and recommendations, under
 * {@code /api/marketing/customers/{id}/...}, and the questionnaire at
 * {@code /api/marketing/risk/questionnaire}: for the customer's manager and the centre head.
 */
@Component(service = CustomerShelfResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("marketing")
@Produces(MediaType.APPLICATION_JSON)
@Allow({ CUSTOMER_MANAGER, CENTER_HEAD })
public final class CustomerShelfResource {

    /** Body of an assessment: the answer id of each question, by question id. */
    public record Answers(Map<String, String> answers) {
    }

    private final RiskProfiles risk;
    private final NeedsFiles needs;
    private final Suitability suitability;
    private final Recommendations recommendations;

    @Activate
    public CustomerShelfResource(@Reference RiskProfiles risk, @Reference NeedsFiles needs, @Reference Suitability suitability,
            @Reference Recommendations recommendations) {
        this.risk = risk;
        this.needs = needs;
        this.suitability = suitability;
        this.recommendations = recommendations;
    }

    @GET
    @Path("risk/questionnaire")
    public RiskQuestionnaire questionnaire(@Context SecurityContext security) {
        return risk.questionnaire(Callers.of(security));
    }

    @POST
    @Path("customers/{id}/risk-profile")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assess(@PathParam("id") String id, Answers body, @Context SecurityContext security) {
        RiskAssessment a = risk.assess(id, body == null ? null : body.answers(), Callers.of(security));
        return Response.status(Response.Status.CREATED).entity(a).build();
    }

    /** The newest assessment, expired or not; 404 if the customer never took one. */
    @GET
    @Path("customers/{id}/risk-profile")
    public RiskAssessment current(@PathParam("id") String id, @Context SecurityContext security) {
        return risk.current(id, Callers.of(security))
                .orElseThrow(() -> new NotFoundException("risk profile of customer", id));
    }

    @GET
    @Path("customers/{id}/risk-profiles")
    public List<RiskAssessment> history(@PathParam("id") String id, @Context SecurityContext security) {
        return risk.history(id, Callers.of(security));
    }

    /** The needs file; 404 if the customer has none yet. */
    @GET
    @Path("customers/{id}/needs")
    public Needs needs(@PathParam("id") String id, @Context SecurityContext security) {
        return needs.needs(id, Callers.of(security)).orElseThrow(() -> new NotFoundException("needs file of customer", id));
    }

    @PUT
    @Path("customers/{id}/needs")
    @Consumes(MediaType.APPLICATION_JSON)
    public Needs putNeeds(@PathParam("id") String id, NeedsInput body, @Context SecurityContext security) {
        return needs.put(id, body, Callers.of(security));
    }

    /** {@code ?product=&amount=}: the verdict, 200 whether suitable or not (it is a question; a refusal is audited). */
    @GET
    @Path("customers/{id}/suitability")
    public SuitabilityVerdict suitability(@PathParam("id") String id, @QueryParam("product") String product,
            @QueryParam("amount") String amount, @Context SecurityContext security) {
        if (product == null || product.isBlank()) {
            throw new InvalidInputException("product", "is required: the code of a product on the shelf");
        }
        if (!product.trim().matches("[A-Za-z0-9_-]{1,32}")) {
            throw new InvalidInputException("product", "is not a product code: 1 to 32 letters, digits, '-' or '_'");
        }
        return suitability.check(id, product, amount("amount", amount), Callers.of(security));
    }

    /** {@code ?limit=} (1 to 50, default 10); 409 naming {@code riskProfile} without a valid risk profile. */
    @GET
    @Path("customers/{id}/recommendations")
    public List<Recommendation> recommendations(@PathParam("id") String id, @QueryParam("limit") String limit,
            @Context SecurityContext security) {
        return recommendations.recommend(id, Params.integer("limit", limit, 10, 1, 50), Callers.of(security));
    }

    static BigDecimal amount(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() > 30) {
                throw new NumberFormatException();
            }
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "'" + (value.length() > 30 ? value.substring(0, 30) + "…" : value)
                    + "' is not an amount, e.g. 50000.00");
        }
    }
}
