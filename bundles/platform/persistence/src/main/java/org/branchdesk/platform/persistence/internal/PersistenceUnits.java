package org.branchdesk.platform.persistence.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.jpa.EntityManagerFactoryBuilder;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProviderFactory;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects every persistence unit in the framework to the one configured database.
 *
 * <p>Each module ships a persistence unit (Meta-Persistence); the JPA container turns it into
 * an {@link EntityManagerFactoryBuilder}. For each builder this component asks Transaction
 * Control for a {@link JPAEntityManagerProvider} over the configured database and registers it
 * with the unit's {@code osgi.unit.name}. Modules then inject
 * {@code JPAEntityManagerProvider} (target {@code (osgi.unit.name=...)}) and
 * {@code TransactionControl}, and never see the database settings. The schema is created or
 * extended on start and never dropped.
 */
@Designate(ocd = DatabaseConfig.class)
@Component(configurationPid = "org.branchdesk.database", configurationPolicy = ConfigurationPolicy.OPTIONAL, immediate = true)
public final class PersistenceUnits {

    private static final Logger LOG = LoggerFactory.getLogger(PersistenceUnits.class);

    private final ServiceTracker<EntityManagerFactoryBuilder, Unit> units;

    @Activate
    public PersistenceUnits(BundleContext context, DatabaseConfig config, Map<String, Object> properties,
            // named, so that the configuration's DataSourceFactory.target chooses the driver
            @Reference(name = "DataSourceFactory") DataSourceFactory driverFactory,
            @Reference(name = "JPAEntityManagerProviderFactory") JPAEntityManagerProviderFactory providerFactory)
            throws SQLException {
        Path file = configurationFile(context);
        if (!properties.containsKey(Constants.SERVICE_PID) && file != null) {
            // etc/ holds this configuration but FileInstall has not delivered it yet: starting on the
            // defaults would open (and fill) an embedded Derby database the branch does not use.
            // Configuration Admin reactivates this component with the file's values in a moment.
            LOG.info("Persistence units wait for the database configuration in {}", file);
            this.units = null;
            return;
        }
        String url = config.url().isBlank() ? embeddedDerbyUrl(context) : config.url();
        DataSource dataSource = new DriverDataSource(driverFactory.createDriver(null), url, config.user(), config.password());
        Map<String, Object> jpaProperties = Map.of(
                "javax.persistence.nonJtaDataSource", dataSource,
                // create missing tables and columns; never drop anything
                "eclipselink.ddl-generation", "create-or-extend-tables",
                "eclipselink.ddl-generation.output-mode", "database",
                // no weaving setting: it is each unit's persistence.xml that must switch weaving off,
                // as the JPA container deploys the unit before these properties are passed
                // no shared (second-level) cache: batch updates flushed and cleared in a
                // transaction never reach it, and a server database has other writers
                "eclipselink.cache.shared.default", "false",
                // inserts go to the database in JDBC batches (imports write thousands of rows)
                "eclipselink.jdbc.batch-writing", "JDBC",
                "eclipselink.jdbc.batch-writing.size", "500",
                // EclipseLink logs through java.util.logging, which the logging backend writes to the log
                // file (and warnings to the console), instead of its own logger printing to stdout
                "eclipselink.logging.logger", "JavaLogger",
                "eclipselink.logging.level", "WARNING",
                "eclipselink.logging.level.ddl", "OFF");
        Map<String, Object> providerProperties = Map.of(
                JPAEntityManagerProviderFactory.CONNECTION_POOLING_ENABLED, true,
                JPAEntityManagerProviderFactory.MAX_CONNECTIONS, config.maxConnections(),
                JPAEntityManagerProviderFactory.MIN_CONNECTIONS, 1);
        LOG.info("Persistence units use {}", url);

        this.units = new ServiceTracker<>(context, EntityManagerFactoryBuilder.class, null) {
            @Override
            public Unit addingService(ServiceReference<EntityManagerFactoryBuilder> reference) {
                String name = String.valueOf(reference.getProperty(EntityManagerFactoryBuilder.JPA_UNIT_NAME));
                EntityManagerFactoryBuilder builder = context.getService(reference);
                try {
                    JPAEntityManagerProvider provider = providerFactory.getProviderFor(builder, new HashMap<>(jpaProperties),
                            providerProperties);
                    Dictionary<String, Object> props = new Hashtable<>();
                    props.put(EntityManagerFactoryBuilder.JPA_UNIT_NAME, name);
                    LOG.info("Persistence unit {} ready", name);
                    return new Unit(provider, context.registerService(JPAEntityManagerProvider.class, provider, props));
                } catch (RuntimeException e) {
                    LOG.error("Persistence unit {} could not be connected to {}", name, url, e);
                    context.ungetService(reference);
                    return null;
                }
            }

            @Override
            public void removedService(ServiceReference<EntityManagerFactoryBuilder> reference, Unit unit) {
                unit.close(providerFactory);
                context.ungetService(reference);
            }
        };
        units.open();
    }

    @Deactivate
    void deactivate() {
        if (units != null) {
            units.close();
        }
    }

    /** The file in branch IT's configuration folder (etc/) that configures the database, if there is one. */
    private static Path configurationFile(BundleContext context) {
        String etc = context.getProperty("felix.fileinstall.dir");
        if (etc == null) {
            return null;
        }
        for (String name : new String[] { "org.branchdesk.database.cfg", "org.branchdesk.database.config" }) {
            Path file = Path.of(etc, name);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        return null;
    }

    private static String embeddedDerbyUrl(BundleContext context) {
        String data = context.getProperty("branchdesk.data");
        Path dir = Path.of(data == null ? "data" : data, "derby").toAbsolutePath();
        return "jdbc:derby:" + dir + ";create=true";
    }

    private record Unit(JPAEntityManagerProvider provider, ServiceRegistration<JPAEntityManagerProvider> registration) {
        void close(JPAEntityManagerProviderFactory factory) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework is stopping
            }
            factory.releaseProvider(provider);
        }
    }
}
