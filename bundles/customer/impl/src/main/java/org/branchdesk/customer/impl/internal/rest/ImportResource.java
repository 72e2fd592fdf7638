package org.branchdesk.customer.impl.internal.rest;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.branchdesk.customer.api.CustomerService;
import org.branchdesk.customer.api.ImportReport;
import org.branchdesk.platform.rest.Allow;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.rest.Callers;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/import/{customers,holdings,balances}}: bulk loads from the core banking system's
 * CSV files (UTF-8, {@code Content-Type: text/csv}). A file with any bad row imports nothing.
 */
@Component(service = ImportResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("import")
@Consumes({ "text/csv", MediaType.TEXT_PLAIN })
@Produces(MediaType.APPLICATION_JSON)
@Allow(Role.ADMIN)
public final class ImportResource {

    private final CustomerService customers;

    @Activate
    public ImportResource(@Reference CustomerService customers) {
        this.customers = customers;
    }

    @POST
    @Path("customers")
    public ImportReport customers(InputStream body, @Context SecurityContext security) {
        return load(body, security, customers::importCustomers);
    }

    @POST
    @Path("holdings")
    public ImportReport holdings(InputStream body, @Context SecurityContext security) {
        return load(body, security, customers::importHoldings);
    }

    @POST
    @Path("balances")
    public ImportReport balances(InputStream body, @Context SecurityContext security) {
        return load(body, security, customers::importBalances);
    }

    private static ImportReport load(InputStream body, SecurityContext security, BiFunction<Reader, Caller, ImportReport> importer) {
        // malformed UTF-8 is an error, not silently replaced characters in a customer's name
        Reader reader = new InputStreamReader(body, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        return importer.apply(reader, Callers.of(security));
    }
}
