package org.branchdesk.platform.admin.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.branchdesk.platform.api.InvalidInputException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.Constants;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code deploy/} folder of the runtime's data directory, where branch IT and integrators put
 * their own bundles: a jar dropped in is installed and started, a jar replaced is updated, a jar
 * deleted is uninstalled, all without a restart.
 * <p>
 * The watching is Felix FileInstall's: this component only gives it the folder, as a factory
 * configuration of PID {@code org.apache.felix.fileinstall} (poll every second). What it adds is
 * the report: a deployed bundle that does not resolve is logged with the requirements nothing
 * provides, and the folder can be managed over REST (ADMIN) through {@link #put} and
 * {@link #delete}, which write and remove files here so that the folder stays the one record of
 * what was deployed.
 */
@Component(service = DeployFolder.class, immediate = true)
public final class DeployFolder {

    static final String FILEINSTALL_PID = "org.apache.felix.fileinstall";
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}\\.jar");
    private static final long SETTLE_MILLIS = 3000;
    private static final Logger LOG = LoggerFactory.getLogger(DeployFolder.class);

    private final BundleContext context;
    private final Inventory inventory;
    private final Path folder;
    private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "branchdesk-deploy-check"));
    private final BundleListener listener = this::bundleChanged;

    @Activate
    public DeployFolder(BundleContext context, @Reference ConfigurationAdmin cm, @Reference Inventory inventory) throws IOException {
        this.context = context;
        this.inventory = inventory;
        this.folder = folder(context);
        Files.createDirectories(folder);
        Configuration watcher = cm.getFactoryConfiguration(FILEINSTALL_PID, "deploy", "?");
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("felix.fileinstall.dir", folder.toString());
        props.put("felix.fileinstall.filter", ".*\\.jar");
        props.put("felix.fileinstall.poll", "1000");
        props.put("felix.fileinstall.noInitialDelay", "true");
        props.put("felix.fileinstall.bundles.new.start", "true");
        watcher.updateIfDifferent(props);
        context.addBundleListener(listener);
        LOG.info("Watching {} for bundles", folder);
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(listener);
        checks.shutdownNow();
    }

    /** {@code branchdesk.deploy} if set, else {@code deploy/} under {@code branchdesk.data}. */
    static Path folder(BundleContext context) {
        String explicit = context.getProperty("branchdesk.deploy");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).toAbsolutePath();
        }
        String data = context.getProperty("branchdesk.data");
        return Path.of(data == null || data.isBlank() ? "data" : data, "deploy").toAbsolutePath();
    }

    public Path folder() {
        return folder;
    }

    /** The jars in the folder, by name. */
    public List<String> files() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar")).sorted().toList();
        }
    }

    /** The bundle FileInstall installed from this file, if any. */
    public Optional<Bundle> bundleOf(String file) {
        String location = folder.resolve(file).toUri().normalize().toString();
        return Arrays.stream(context.getBundles()).filter(b -> sameFile(b.getLocation(), location)).findFirst();
    }

    private static boolean sameFile(String bundleLocation, String fileUri) {
        // FileInstall writes file:/x or file:///x depending on version; compare the paths
        return bundleLocation != null && strip(bundleLocation).equals(strip(fileUri));
    }

    private static String strip(String uri) {
        return uri.replaceFirst("^file:/+", "/");
    }

    /**
     * Puts a jar into the folder, replacing one of the same name. Checks first that it is a
     * bundle, so that nothing else lands there.
     *
     * @return false when the folder already holds exactly this jar (nothing was written)
     */
    public boolean put(String file, InputStream content) throws IOException {
        if (file == null || !FILE_NAME.matcher(file).matches()) {
            throw new InvalidInputException("file", "a jar file name: letters, digits, '.', '_' or '-', ending in .jar");
        }
        Path temp = Files.createTempFile(folder.getParent(), ".deploy-", ".part");
        try {
            Files.copy(content, temp, StandardCopyOption.REPLACE_EXISTING);
            String bsn = symbolicName(temp);
            if (bsn == null) {
                throw new InvalidInputException("body", "not an OSGi bundle: the jar has no Bundle-SymbolicName in its manifest");
            }
            Path target = folder.resolve(file);
            if (Files.exists(target) && Files.mismatch(target, temp) == -1) {
                return false;
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Deployed {} ({}) into {}", file, bsn, folder);
            return true;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Removes a jar from the folder; FileInstall uninstalls its bundle. */
    public boolean delete(String file) throws IOException {
        if (file == null || !FILE_NAME.matcher(file).matches()) {
            return false;
        }
        boolean deleted = Files.deleteIfExists(folder.resolve(file));
        if (deleted) {
            LOG.info("Removed {} from {}", file, folder);
        }
        return deleted;
    }

    private static String symbolicName(Path jar) {
        try (JarInputStream in = new JarInputStream(Files.newInputStream(jar))) {
            Manifest manifest = in.getManifest();
            return manifest == null ? null : manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    private void bundleChanged(BundleEvent event) {
        if ((event.getType() == BundleEvent.INSTALLED || event.getType() == BundleEvent.UPDATED) && fromHere(event.getBundle())) {
            Bundle bundle = event.getBundle();
            checks.schedule(() -> report(bundle), SETTLE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private boolean fromHere(Bundle bundle) {
        String location = bundle.getLocation();
        return location != null && strip(location).startsWith(strip(folder.toUri().normalize().toString()));
    }

    private void report(Bundle bundle) {
        if (bundle.getState() == Bundle.INSTALLED) {
            LOG.warn("Deployed bundle {} {} ({}) does not resolve; missing: {}", bundle.getSymbolicName(), bundle.getVersion(),
                    bundle.getLocation(), String.join("; ", inventory.missing(bundle)));
        } else if (bundle.getState() == Bundle.ACTIVE) {
            LOG.info("Deployed bundle {} {} is active", bundle.getSymbolicName(), bundle.getVersion());
        }
    }
}
