package org.branchdesk.platform.admin.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.ws.rs.core.Application;

import org.branchdesk.platform.rest.BranchdeskApi;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;

/**
 * The whiteboard resource services ({@code osgi.jaxrs.resource=true}) that join the Branchdesk
 * application, ours and any integrator's, as they come and go. A resource joins it when its
 * {@code osgi.jaxrs.application.select} filter matches the application's service properties, the
 * rule the whiteboard itself applies.
 *
 * <p>The service object (whose class carries the JAX-RS annotations) is taken only when the
 * description is asked for, not when the service appears: that keeps the OpenAPI resource, itself
 * one of these services, from being asked for while it is being activated.
 */
@Component(service = ApiResources.class)
public final class ApiResources {

    private final BundleContext context;
    private final ServiceReference<Application> application;
    private final ServiceTracker<Object, Tracked> tracker;

    @Activate
    public ApiResources(BundleContext context,
            @Reference(service = Application.class, target = "(osgi.jaxrs.name=" + BranchdeskApi.APPLICATION_NAME + ")")
            ServiceReference<Application> application) throws InvalidSyntaxException {
        this.context = context;
        this.application = application;
        this.tracker = new ServiceTracker<>(context, context.createFilter("(osgi.jaxrs.resource=true)"), new Customizer());
        tracker.open(true); // an integrator's resource class is not in our class space: track it all the same
    }

    @Deactivate
    void close() {
        tracker.close();
    }

    /** The resource classes the application serves now, in a stable order. */
    public List<OpenApi.Served> served() {
        List<OpenApi.Served> served = new ArrayList<>();
        for (Tracked t : tracker.getTracked().values()) {
            if (t.joins()) {
                Class<?> type = t.type();
                if (type != null) {
                    served.add(new OpenApi.Served(type, t.module()));
                }
            }
        }
        served.sort(Comparator.comparing((OpenApi.Served s) -> s.type().getName()));
        return served;
    }

    private final class Tracked {
        private final ServiceReference<Object> ref;
        private Object service;
        private boolean released;

        Tracked(ServiceReference<Object> ref) {
            this.ref = ref;
        }

        boolean joins() {
            Object select = ref.getProperty("osgi.jaxrs.application.select");
            if (!(select instanceof String filter)) {
                return false; // the default application, not ours
            }
            try {
                Filter f = FrameworkUtil.createFilter(filter);
                return f.match(application);
            } catch (InvalidSyntaxException e) {
                return false; // the whiteboard refuses it too
            }
        }

        String module() {
            String module = ref.getBundle() == null ? null : Inventory.module(ref.getBundle());
            return module != null ? module : ref.getBundle() == null ? "unknown" : ref.getBundle().getSymbolicName();
        }

        synchronized Class<?> type() {
            if (service == null && !released) {
                service = context.getService(ref);
            }
            return service == null ? null : service.getClass();
        }

        synchronized void release() {
            released = true;
            if (service != null) {
                service = null;
                context.ungetService(ref);
            }
        }
    }

    private final class Customizer implements ServiceTrackerCustomizer<Object, Tracked> {
        @Override
        public Tracked addingService(ServiceReference<Object> reference) {
            return new Tracked(reference);
        }

        @Override
        public void modifiedService(ServiceReference<Object> reference, Tracked tracked) {
            // joins() reads the properties each time
        }

        @Override
        public void removedService(ServiceReference<Object> reference, Tracked tracked) {
            tracked.release();
        }
    }
}
