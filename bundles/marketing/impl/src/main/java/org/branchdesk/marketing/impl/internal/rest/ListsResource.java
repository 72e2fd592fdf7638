package org.branchdesk.marketing.impl.internal.rest;

import static org.branchdesk.platform.security.Role.CENTER_HEAD;
import static org.branchdesk.platform.security.Role.CUSTOMER_MANAGER;

import java.util.List;
import java.util.Locale;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.branchdesk.marketing.api.CustomerLists;
import org.branchdesk.marketing.api.ListEntry;
import org.branchdesk.marketing.api.ListKind;
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
 * {@code /api/marketing/lists/{maintenance|development|reserve}}: a manager's list
 * ({@code manager}, by default the caller's own; the centre head leaves it out for the centre's).
 */
@Component(service = ListsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
@Path("marketing/lists")
@Produces(MediaType.APPLICATION_JSON)
@Allow({ CUSTOMER_MANAGER, CENTER_HEAD })
public final class ListsResource {

    static final int DEFAULT_LIMIT = 200;

    private final CustomerLists lists;

    @Activate
    public ListsResource(@Reference CustomerLists lists) {
        this.lists = lists;
    }

    @GET
    @Path("{kind}")
    public List<ListEntry> list(@PathParam("kind") String kind, @QueryParam("manager") String manager, @QueryParam("limit") String limit,
            @Context SecurityContext security) {
        ListKind list = kind(kind);
        var caller = Callers.of(security);
        // a customer manager's own by default; the centre head's default is the centre
        String who = manager != null && !manager.isBlank() ? manager : caller.has(CENTER_HEAD) ? null : caller.username();
        return lists.list(list, who, Params.integer("limit", limit, DEFAULT_LIMIT, 1, 2000), caller);
    }

    private static ListKind kind(String kind) {
        for (ListKind k : ListKind.values()) {
            if (k.name().toLowerCase(Locale.ROOT).equals(kind)) {
                return k;
            }
        }
        throw new NotFoundException("list", kind);
    }
}
