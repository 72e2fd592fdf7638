package org.branchdesk.platform.web.internal;

import java.util.Dictionary;
import java.util.Hashtable;

import javax.ws.rs.core.Feature;
import javax.ws.rs.core.FeatureContext;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Holds the {@code /api} application back until the framework has started every bundle.
 * <p>
 * The JAX-RS whiteboard rebuilds the whole application each time a resource joins it; at
 * start-up some twenty resources join one after the other, and each rebuild costs tens to
 * hundreds of milliseconds. The application requires this (empty) feature, which is registered
 * only once the framework reports STARTED, so that the application is built once, with the
 * resources that are there by then. Resources that arrive later (a persistence unit still
 * connecting, a bundle from deploy/) join as before.
 */
@Component(immediate = true, service = {})
public final class StartGate implements FrameworkListener {

    static final String NAME = "branchdesk.started";

    private final BundleContext context;
    private ServiceRegistration<Feature> registration;

    @Activate
    public StartGate(BundleContext context) {
        this.context = context;
        context.addFrameworkListener(this);
        if (context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).getState() == Bundle.ACTIVE) {
            open(); // started already: this bundle was restarted or deployed later
        }
    }

    @Override
    public void frameworkEvent(FrameworkEvent event) {
        if (event.getType() == FrameworkEvent.STARTED) {
            open();
        }
    }

    private synchronized void open() {
        if (registration != null) {
            return;
        }
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("osgi.jaxrs.extension", Boolean.TRUE);
        props.put("osgi.jaxrs.name", NAME);
        props.put("osgi.jaxrs.application.select", "(osgi.jaxrs.name=" + org.branchdesk.platform.rest.BranchdeskApi.APPLICATION_NAME + ")");
        registration = context.registerService(Feature.class, new Opened(), props);
    }

    @Deactivate
    synchronized void close() {
        context.removeFrameworkListener(this);
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle is stopping
            }
            registration = null;
        }
    }

    /** Configures nothing: its presence is the signal. */
    static final class Opened implements Feature {
        @Override
        public boolean configure(FeatureContext featureContext) {
            return true;
        }
    }
}
