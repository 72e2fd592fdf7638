package org.branchdesk.platform.web.internal;

import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.util.Set;
import java.util.UUID;

import javax.ws.rs.NotAuthorizedException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

import org.branchdesk.platform.api.ConflictException;
import org.branchdesk.platform.api.ForbiddenException;
import org.branchdesk.platform.api.InvalidInputException;
import org.branchdesk.platform.api.NotFoundException;
import org.branchdesk.platform.api.TooManyRequestsException;
import org.branchdesk.platform.rest.BranchdeskApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;

/**
 * Every error leaves as {@code application/problem+json}. Bad input, unknown ids and conflicts
 * get their 4xx with the offending field; anything unexpected is a 500 with an incident id to
 * find in the log, never a stack trace. A body the connection could not deliver is the client's
 * 400, logged as one warning; a 405 names the methods the path has, in {@code Allow} too.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName(ProblemMapper.NAME)
@JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
public final class ProblemMapper implements ExceptionMapper<Throwable> {

    static final String NAME = "branchdesk.problems";
    /** Marks a 503 whose transaction was rolled back by the database, for the retry filter only. */
    static final String ROLLED_BACK = "X-Branchdesk-Rolled-Back";

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    private final JaxrsServiceRuntime runtime;

    @Context
    private UriInfo uriInfo;

    @Context
    private Request request;

    @Activate
    public ProblemMapper(@Reference JaxrsServiceRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Response toResponse(Throwable exception) {
        UnreadableBodyException unreadable = causeOf(exception, UnreadableBodyException.class);
        if (unreadable != null) {
            // the client's fault, said once and without a stack trace: it is not an incident
            LOG.warn("A request body could not be read ({}); answered 400", rootMessage(unreadable));
            return respond(new Problem("about:blank", "Invalid input", 400, "body: the request body could not be read: "
                    + "it ended early or its chunked transfer encoding is broken", "body", null));
        }
        Throwable e = unwrap(exception);
        if (e instanceof InvalidInputException invalid) {
            return respond(Problem.invalid(invalid));
        }
        if (e instanceof JsonProcessingException json && !(json instanceof InvalidDefinitionException)) {
            return toResponse(JsonProblems.invalid(json));
        }
        if (e instanceof NotFoundException) {
            return respond(Problem.of(404, "Not found", e.getMessage()));
        }
        if (e instanceof ConflictException conflict) {
            return respond(new Problem("about:blank", "Conflict", 409, e.getMessage(), conflict.field(), null));
        }
        if (e instanceof ForbiddenException) {
            return respond(Problem.of(403, "Forbidden", e.getMessage()));
        }
        if (e instanceof TooManyRequestsException limited) {
            return Response.fromResponse(respond(Problem.of(429, "Too many requests", e.getMessage())))
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(limited.retryAfterSeconds())).build();
        }
        if (e instanceof NotAuthorizedException) {
            return Response.fromResponse(respond(Problem.of(401, "Unauthorized",
                    "log in with POST /api/auth/login and send the token as 'Authorization: Bearer <token>'")))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"branchdesk\"").build();
        }
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() == 405) {
            return notAllowed();
        }
        if (e instanceof WebApplicationException web) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return respond(Problem.of(status.getStatusCode(), status.getReasonPhrase(), message(web, status)));
        }
        if (causedBy(e, SQLIntegrityConstraintViolationException.class)) {
            // two requests raced for the same unique value; the loser's transaction rolled back
            return respond(Problem.of(409, "Conflict", "the change conflicts with data written at the same time; "
                    + "read the current state and try again"));
        }
        if (causedBy(e, SQLTransactionRollbackException.class)) {
            // lock timeout, deadlock or Derby's identity-generator contention: the database rolled
            // the transaction back; the retry filter sends the request again, clients see 503
            // only if it stays busy (RebuildRetryFilter)
            LOG.warn("The database rolled a transaction back ({}); the request may be sent again", rootMessage(e));
            return Response.fromResponse(respond(Problem.of(503, "Busy", "the database was busy and rolled the change back; "
                    + "send the request again"))).header(HttpHeaders.RETRY_AFTER, "1").header(ROLLED_BACK, "true").build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.error("Incident {}", incident, e);
        return respond(Problem.of(500, "Internal error", "incident " + incident + " is in the server log"));
    }

    /**
     * A 405 with the methods the path has in {@code Allow} (CXF's own list, of every method of the
     * resource class, is not passed on).
     */
    private Response notAllowed() {
        Set<String> allowed;
        String method;
        try {
            allowed = Routes.of(runtime.getRuntimeDTO()).allowed(uriInfo.getPath());
            method = request.getMethod();
        } catch (RuntimeException outsideARequest) {
            allowed = Set.of();
            method = "this method";
        }
        String detail = method + " is not allowed here" + (allowed.isEmpty() ? "" : "; allowed: " + Routes.header(allowed));
        Response.ResponseBuilder response = Response.fromResponse(respond(Problem.of(405, "Method Not Allowed", detail)));
        return allowed.isEmpty() ? response.build() : response.header(HttpHeaders.ALLOW, Routes.header(allowed)).build();
    }

    /** Our exceptions may arrive wrapped by the JAX-RS runtime or by Transaction Control. */
    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        for (int i = 0; i < 5 && current.getCause() != null; i++) {
            if (current instanceof InvalidInputException || current instanceof NotFoundException
                    || current instanceof ConflictException || current instanceof ForbiddenException
                    || current instanceof TooManyRequestsException || current instanceof WebApplicationException) {
                return current;
            }
            current = current.getCause();
        }
        return current instanceof InvalidInputException || current instanceof NotFoundException
                || current instanceof ConflictException || current instanceof ForbiddenException
                || current instanceof TooManyRequestsException || current instanceof WebApplicationException
                || current instanceof JsonProcessingException ? current : e;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        return causeOf(e, type) != null;
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String message(WebApplicationException web, Response.StatusType status) {
        String message = web.getMessage();
        // JAX-RS's own messages are "HTTP 404 Not Found": say something more useful
        return message == null || message.startsWith("HTTP ") ? status.getReasonPhrase() : message;
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(BranchdeskApi.PROBLEM_JSON).entity(problem).build();
    }
}
