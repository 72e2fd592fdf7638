package org.branchdesk.platform.admin.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.NotFoundException;
import org.branchdesk.platform.rest.Allow;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.branchdesk.platform.security.Role;
import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/admin/deploy}: the deploy/ folder over REST, for ADMIN. {@code PUT
 * /api/admin/deploy/<file>.jar} with the jar as body installs (201) or updates (200) it and
 * answers once the bundle is active and in service (its components satisfied, its REST resources
 * listed by the whiteboard, which serves them a moment later; what is still missing after a few
 * seconds is listed in {@code problems}); a bundle that does not resolve is taken out again and the
 * answer is 400 naming what it is missing. A jar deploy/ does not take (see {@link DeployRules}:
 * not a bundle, a bundle of the distribution, a symbolic name deployed from another file, a
 * manifest the framework refuses) is a 400 naming the manifest header, at once, and nothing is
 * written to the folder. {@code DELETE} uninstalls it; {@code GET} lists the folder with each
 * file's bundle.
 */
@Component(service = DeployResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("admin/deploy")
@Produces(MediaType.APPLICATION_JSON)
@Allow(Role.ADMIN)
public final class DeployResource {

    /**
     * A file of the folder and the bundle installed from it (null while FileInstall has not picked
     * it up), and what keeps that bundle from being in service, if anything.
     */
    public record Deployed(String file, Inventory.BundleInfo bundle, List<String> problems) {
    }

    private static final long PICK_UP_MILLIS = 20_000;
    private static final long RESOLVE_MILLIS = 4_000;
    private static final Logger LOG = LoggerFactory.getLogger(DeployResource.class);

    private final DeployFolder folder;
    private final Inventory inventory;

    @Activate
    public DeployResource(@Reference DeployFolder folder, @Reference Inventory inventory) {
        this.folder = folder;
        this.inventory = inventory;
    }

    @GET
    public List<Deployed> list() throws IOException {
        List<Deployed> deployed = new ArrayList<>();
        for (String file : folder.files()) {
            Optional<Bundle> bundle = folder.bundleOf(file);
            deployed.add(new Deployed(file, bundle.map(inventory::info).orElse(null),
                    bundle.filter(b -> b.getState() == Bundle.ACTIVE).map(inventory::problems).orElse(List.of())));
        }
        return deployed;
    }

    @PUT
    @Path("{file}")
    @Consumes({ "application/java-archive", MediaType.APPLICATION_OCTET_STREAM, "application/zip" })
    public Response put(@PathParam("file") String file, InputStream jar, @Context SecurityContext security)
            throws IOException, InterruptedException {
        Optional<Bundle> before = folder.bundleOf(file);
        long previous = before.map(Bundle::getLastModified).orElse(-1L);
        boolean changed = folder.put(file, jar);
        if (!changed && before.isPresent() && before.get().getState() == Bundle.ACTIVE) {
            // the same jar again (a client's retry): already done
            return Response.ok(new Deployed(file, inventory.info(before.get()), inventory.problems(before.get()))).build();
        }
        LOG.info("{} deployed {} over REST", security.getUserPrincipal().getName(), file);
        Bundle bundle = awaitInstalled(file, changed ? previous : -1);
        if (bundle == null && !Files.exists(folder.folder().resolve(file))) {
            // judged fine here, set aside by the folder's gate a moment later (another deploy took the name meanwhile)
            throw new InvalidInputException("body", folder.rejection(file).orElse("set aside by the deploy rules")
                    + ". It was not deployed.");
        }
        if (bundle == null) {
            throw new IllegalStateException("deploy/" + file + " was not picked up within " + PICK_UP_MILLIS / 1000
                    + " s: is org.apache.felix.fileinstall running?");
        }
        if (!awaitActive(bundle)) {
            List<String> missing = inventory.missing(bundle);
            folder.delete(file);
            awaitGone(file);
            throw new InvalidInputException("body", bundle.getSymbolicName() + " " + bundle.getVersion()
                    + (missing.isEmpty() ? " did not start (state " + Inventory.state(bundle.getState()) + "); see the log"
                            : " does not resolve; missing " + String.join("; ", missing))
                    + ". It was not deployed.");
        }
        // active is not yet in service: its components and REST resources follow asynchronously
        List<String> problems = awaitInService(bundle);
        return Response.status(before.isPresent() ? 200 : 201).entity(new Deployed(file, inventory.info(bundle), problems)).build();
    }

    @DELETE
    @Path("{file}")
    public Response delete(@PathParam("file") String file, @Context SecurityContext security) throws IOException, InterruptedException {
        if (!folder.delete(file)) {
            throw new NotFoundException("deployed file", file);
        }
        LOG.info("{} removed {} over REST", security.getUserPrincipal().getName(), file);
        awaitGone(file);
        return Response.noContent().build();
    }

    private Bundle awaitInstalled(String file, long previous) throws InterruptedException {
        long deadline = System.currentTimeMillis() + PICK_UP_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            Optional<Bundle> bundle = folder.bundleOf(file);
            if (bundle.isPresent() && bundle.get().getLastModified() > previous) {
                return bundle.get();
            }
            if (!Files.exists(folder.folder().resolve(file))) {
                return null;
            }
            Thread.sleep(100);
        }
        return null;
    }

    private static boolean awaitActive(Bundle bundle) throws InterruptedException {
        long deadline = System.currentTimeMillis() + RESOLVE_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (bundle.getState() == Bundle.ACTIVE) {
                return true;
            }
            Thread.sleep(100);
        }
        return bundle.getState() == Bundle.ACTIVE;
    }

    private List<String> awaitInService(Bundle bundle) throws InterruptedException {
        long deadline = System.currentTimeMillis() + RESOLVE_MILLIS;
        List<String> problems = inventory.problems(bundle);
        while (!problems.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            problems = inventory.problems(bundle);
        }
        return problems;
    }

    private void awaitGone(String file) throws InterruptedException {
        long deadline = System.currentTimeMillis() + PICK_UP_MILLIS;
        while (System.currentTimeMillis() < deadline && folder.bundleOf(file).isPresent()) {
            Thread.sleep(100);
        }
    }
}
