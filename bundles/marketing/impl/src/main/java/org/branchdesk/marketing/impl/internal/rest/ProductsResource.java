package org.branchdesk.marketing.impl.internal.rest;

import static org.branchdesk.platform.security.Role.BUSINESS_OFFICER;
import static org.branchdesk.platform.security.Role.CENTER_HEAD;
import static org.branchdesk.platform.security.Role.CUSTOMER_MANAGER;
import static org.branchdesk.platform.security.Role.LOBBY_MANAGER;
import static org.branchdesk.platform.security.Role.OPERATIONS_SUPERVISOR;
import static org.branchdesk.platform.security.Role.TELLER;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

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
import javax.ws.rs.core.SecurityContext;

import org.branchdesk.customer.api.ImportReport;
import org.branchdesk.marketing.api.Product;
import org.branchdesk.marketing.api.ProductInput;
import org.branchdesk.marketing.api.ProductShelf;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.NotFoundException;
import org.branchdesk.platform.rest.Allow;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.rest.Callers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/marketing/products}: the product shelf. Staff who serve customers read it; the
 * centre head alone changes it (one product, a JSON list or a CSV file: all or none).
 */
@Component(service = ProductsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("marketing/products")
@Produces(MediaType.APPLICATION_JSON)
@Allow({ CENTER_HEAD, CUSTOMER_MANAGER, LOBBY_MANAGER, TELLER, OPERATIONS_SUPERVISOR, BUSINESS_OFFICER })
public final class ProductsResource {

    private final ProductShelf shelf;

    @Activate
    public ProductsResource(@Reference ProductShelf shelf) {
        this.shelf = shelf;
    }

    /** {@code ?family=} (one family) {@code &retired=true} (the retired too). */
    @GET
    public List<Product> products(@QueryParam("family") String family, @QueryParam("retired") String retired,
            @Context SecurityContext security) {
        return shelf.products(family, flag("retired", retired), Callers.of(security));
    }

    @GET
    @Path("families")
    public List<String> families(@Context SecurityContext security) {
        Callers.of(security).require(org.branchdesk.marketing.impl.internal.MarketingAccess.SERVE, "the product shelf");
        return shelf.families();
    }

    @GET
    @Path("{code}")
    public Product product(@PathParam("code") String code, @Context SecurityContext security) {
        return shelf.product(code, Callers.of(security)).orElseThrow(() -> new NotFoundException("product", code));
    }

    /** Creates or replaces the product; the body's code, if given, must be the path's. */
    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow(CENTER_HEAD)
    public Product put(@PathParam("code") String code, ProductInput body, @Context SecurityContext security) {
        if (body == null) {
            throw new InvalidInputException("code", "is required: the body is a product");
        }
        if (body.code() != null && !body.code().isBlank() && !body.code().trim().equals(code)) {
            throw new InvalidInputException("code", "'" + body.code() + "' is not the code of the path, " + code);
        }
        return shelf.put(new ProductInput(code, body.name(), body.family(), body.issuer(), body.risk(), body.minimumAmount(),
                body.termDays(), body.saleFrom(), body.saleTo(), body.segments(), body.channels()), Callers.of(security));
    }

    /** A JSON array of products, all or none; errors name the entry ({@code line} 1 for the first). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow(CENTER_HEAD)
    public ImportReport putAll(List<ProductInput> body, @Context SecurityContext security) {
        return shelf.putAll(body, Callers.of(security));
    }

    /** A CSV file (UTF-8), all rows or none. */
    @POST
    @Path("import")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    @Allow(CENTER_HEAD)
    public ImportReport importCsv(InputStream body, @Context SecurityContext security) {
        // malformed UTF-8 is an error, not silently replaced characters in a product's name
        return shelf.importProducts(new InputStreamReader(body, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), Callers.of(security));
    }

    @POST
    @Path("{code}/retire")
    @Allow(CENTER_HEAD)
    public Product retire(@PathParam("code") String code, @Context SecurityContext security) {
        return shelf.retire(code, Callers.of(security));
    }

    static boolean flag(String name, String value) {
        if (value == null || value.isBlank() || value.trim().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.trim().equalsIgnoreCase("true")) {
            return true;
        }
        throw new InvalidInputException(name, "'" + value + "' is not true or false");
    }
}
