package org.branchdesk.platform.admin.internal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.felix.fileinstall.ArtifactInstaller;
import org.branchdesk.platform.api.ConflictException;
import org.branchdesk.platform.api.InvalidInputException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.BundleListener;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.FrameworkWiring;
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
 * the guard and the report. A jar {@link DeployRules} refuses (one that would replace or extend a
 * bundle of the distribution, take a symbolic name already deployed from another file, or that
 * the framework cannot install) never reaches the framework: over REST it is refused before it
 * is written ({@link #put}); dropped by hand, an {@link ArtifactInstaller} ranked before
 * FileInstall's own bundle handling claims it and moves it to {@code deploy/rejected/} with the
 * reason beside it, so that it is not tried again at every start, and {@code /api/health} lists
 * it. A deployed bundle that does not resolve is logged with the requirements nothing provides.
 * <p>
 * With the framework property {@code branchdesk.deploy.off=true} (the launcher's {@code --safe})
 * the folder is not watched at all: the branch runs on its distribution alone.
 */
@Component(service = DeployFolder.class, immediate = true)
public final class DeployFolder {

    /** A jar set aside, and why. */
    public record Rejected(String file, String reason) {
    }

    static final String FILEINSTALL_PID = "org.apache.felix.fileinstall";
    static final String OFF_PROPERTY = "branchdesk.deploy.off";
    static final String REJECTED = "rejected";
    private static final String REASON_SUFFIX = ".reason.txt";
    /** Location prefix of the trial installs that ask the framework itself whether it takes a jar. */
    private static final String TRIAL = "branchdesk-deploy-check:";
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}\\.jar");
    private static final long SETTLE_MILLIS = 3000;
    private static final Logger LOG = LoggerFactory.getLogger(DeployFolder.class);

    private final BundleContext context;
    private final Inventory inventory;
    private final Path folder;
    private final boolean off;
    private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "branchdesk-deploy-check"));
    private final BundleListener listener = this::bundleChanged;
    /** Why FileInstall's candidates were refused, from {@link Gate#canHandle} to {@link Gate#install}. */
    private final Map<File, DeployRules.Refused> refused = new ConcurrentHashMap<>();
    private final ServiceRegistration<ArtifactInstaller> gate;

    @Activate
    public DeployFolder(BundleContext context, @Reference ConfigurationAdmin cm, @Reference Inventory inventory) throws IOException {
        this.context = context;
        this.inventory = inventory;
        this.folder = folder(context);
        this.off = Boolean.parseBoolean(context.getProperty(OFF_PROPERTY));
        Files.createDirectories(folder);
        Configuration watcher = cm.getFactoryConfiguration(FILEINSTALL_PID, "deploy", "?");
        if (off) {
            gate = null;
            watcher.delete(); // a watcher kept from an earlier start would install the folder all the same
            LOG.warn("Deploy is off ({}=true, the launcher's --safe): {} is not watched; the branch runs without it", OFF_PROPERTY, folder);
            return;
        }
        // before the watcher exists, so that FileInstall never sees a jar the gate has not judged
        Dictionary<String, Object> ranking = new Hashtable<>();
        ranking.put(Constants.SERVICE_RANKING, Integer.MAX_VALUE);
        gate = context.registerService(ArtifactInstaller.class, new Gate(), ranking);
        context.addBundleListener(listener);
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("felix.fileinstall.dir", folder.toString());
        props.put("felix.fileinstall.filter", ".*\\.jar");
        props.put("felix.fileinstall.poll", "1000");
        props.put("felix.fileinstall.noInitialDelay", "true");
        props.put("felix.fileinstall.bundles.new.start", "true");
        watcher.updateIfDifferent(props);
        LOG.info("Watching {} for bundles", folder);
    }

    @Deactivate
    void deactivate() {
        if (gate != null) {
            gate.unregister();
            context.removeBundleListener(listener);
        }
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

    /** Whether the folder is watched (not with the launcher's --safe). */
    public boolean watched() {
        return !off;
    }

    /** The jars in the folder, by name. */
    public List<String> files() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar")).sorted()
                    .toList();
        }
    }

    /** The jars set aside in {@code deploy/rejected/}, each with the reason written beside it. */
    public List<Rejected> rejected() {
        Path rejected = folder.resolve(REJECTED);
        if (!Files.isDirectory(rejected)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(rejected)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted()
                    .map(p -> new Rejected(p.getFileName().toString(), reason(p))).toList();
        } catch (IOException e) {
            return List.of(new Rejected(REJECTED, "cannot list " + rejected + ": " + e.getMessage()));
        }
    }

    /** Why this file was set aside, if it is in {@code deploy/rejected/}. */
    public Optional<String> rejection(String file) {
        Path jar = folder.resolve(REJECTED).resolve(file);
        return Files.isRegularFile(jar) ? Optional.of(reason(jar)) : Optional.empty();
    }

    private static String reason(Path jar) {
        try {
            return Files.readString(jar.resolveSibling(jar.getFileName() + REASON_SUFFIX)).strip();
        } catch (IOException e) {
            return "set aside (no reason recorded)";
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
     * Puts a jar into the folder, replacing one of the same name. The jar is judged first, from a
     * temporary copy outside the folder, so that nothing deploy/ refuses is ever written there.
     *
     * @return false when the folder already holds exactly this jar (nothing was written)
     * @throws InvalidInputException when deploy/ does not take the jar, naming the header at fault
     */
    public boolean put(String file, InputStream content) throws IOException {
        if (file == null || !FILE_NAME.matcher(file).matches()) {
            throw new InvalidInputException("file", "a jar file name: letters, digits, '.', '_' or '-', ending in .jar");
        }
        if (off) {
            throw new ConflictException("file", "deploy is off: the branch was started with --safe, without what deploy/ holds;"
                    + " start it again without --safe to deploy");
        }
        Path temp = Files.createTempFile(folder.getParent(), ".deploy-", ".part");
        try {
            Files.copy(content, temp, StandardCopyOption.REPLACE_EXISTING);
            DeployRules.Declared declared;
            try {
                declared = judge(temp, file);
            } catch (DeployRules.Refused e) {
                LOG.warn("Refused to deploy {}: {}: {}", file, e.field(), e.getMessage());
                throw new InvalidInputException(e.field(), e.getMessage() + ". It was not deployed.");
            }
            Path target = folder.resolve(file);
            if (Files.exists(target) && Files.mismatch(target, temp) == -1) {
                return false;
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Deployed {} ({} {}) into {}", file, declared.symbolicName(), declared.version(), folder);
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

    /** Every rule of deploy/, for a jar meant to become {@code file}: its headers, the names in use, the framework's own parse. */
    private DeployRules.Declared judge(Path jar, String file) throws DeployRules.Refused {
        DeployRules.Declared declared = DeployRules.read(jar);
        DeployRules.checkNames(declared, file, taken());
        tryInstall(jar);
        return declared;
    }

    /**
     * The symbolic names in use, read from the framework now: the distribution is every bundle not
     * installed from this folder (what the runtime was started with), plus the system bundle's alias.
     */
    DeployRules.Taken taken() {
        Set<String> distribution = new HashSet<>();
        distribution.add(Constants.SYSTEM_BUNDLE_SYMBOLICNAME);
        Map<String, String> deployed = new HashMap<>();
        for (Bundle b : context.getBundles()) {
            String name = b.getSymbolicName();
            if (name == null || b.getLocation().startsWith(TRIAL)) {
                continue;
            }
            if (fromHere(b)) {
                deployed.putIfAbsent(name, fileName(b));
            } else {
                distribution.add(name);
            }
        }
        return new DeployRules.Taken(distribution, deployed);
    }

    /**
     * Installs the jar under a throw-away location and uninstalls it at once: whatever the
     * framework refuses to install (a malformed header, an import of java.*) is refused here with
     * the framework's own reason, instead of failing in FileInstall's log later.
     */
    private void tryInstall(Path jar) throws DeployRules.Refused {
        Bundle trial = null;
        try (InputStream in = Files.newInputStream(jar)) {
            trial = context.installBundle(TRIAL + UUID.randomUUID(), in);
        } catch (BundleException e) {
            if (e.getType() != BundleException.DUPLICATE_BUNDLE_ERROR) { // the same bundle again: an update, parsed fine
                throw new DeployRules.Refused("manifest", "the framework does not install it: " + readable(e));
            }
        } catch (IOException e) {
            throw new DeployRules.Refused("body", "the jar cannot be read: " + e.getMessage());
        } finally {
            if (trial != null) {
                try {
                    trial.uninstall();
                } catch (BundleException | IllegalStateException e) {
                    LOG.warn("Could not uninstall the trial install {} of a deployed jar", trial.getLocation(), e);
                }
            }
        }
    }

    /** The framework's message without the Java class names it sometimes carries. */
    static String readable(Throwable e) {
        String message = e.getMessage() == null ? "unreadable manifest" : e.getMessage();
        return message.replaceAll("(?:[a-z_$][a-z0-9_$]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error):\\s*", "").strip();
    }

    private String fileName(Bundle bundle) {
        String location = strip(bundle.getLocation());
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private boolean inFolder(File file) {
        File parent = file.getAbsoluteFile().getParentFile();
        return parent != null && parent.toPath().normalize().equals(folder.normalize());
    }

    /**
     * Moves a jar to deploy/rejected/ with its reason beside it: out of FileInstall's sight, so not
     * tried again, and kept for branch IT to read.
     */
    private void setAside(Path jar, DeployRules.Refused why) {
        String file = jar.getFileName().toString();
        Path rejected = folder.resolve(REJECTED);
        try {
            Files.createDirectories(rejected);
            Files.writeString(rejected.resolve(file + REASON_SUFFIX), why.field() + ": " + why.getMessage() + "\n");
            Files.move(jar, rejected.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            LOG.error("deploy/{} refused and moved to {}: {}: {}", file, rejected, why.field(), why.getMessage());
        } catch (IOException e) {
            LOG.error("deploy/{} refused ({}: {}) but could not be moved to {}; remove it by hand", file, why.field(), why.getMessage(),
                    rejected, e);
        }
    }

    private void bundleChanged(BundleEvent event) {
        Bundle bundle = event.getBundle();
        if ((event.getType() == BundleEvent.INSTALLED || event.getType() == BundleEvent.UPDATED) && fromHere(bundle)) {
            // the gate judges new files; a file changed in place is updated by FileInstall without asking it
            checks.execute(() -> recheck(bundle));
            checks.schedule(() -> report(bundle), SETTLE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void recheck(Bundle bundle) {
        if (bundle.getState() == Bundle.UNINSTALLED || bundle.getSymbolicName() == null) {
            return;
        }
        String host = bundle.getHeaders("").get(Constants.FRAGMENT_HOST);
        DeployRules.Declared declared = new DeployRules.Declared(bundle.getSymbolicName(), bundle.getVersion(),
                host == null ? null : host.split(";", 2)[0].strip());
        try {
            DeployRules.checkNames(declared, fileName(bundle), taken());
        } catch (DeployRules.Refused why) {
            setAside(folder.resolve(fileName(bundle)), why);
            try {
                bundle.uninstall();
                context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class).refreshBundles(List.of(bundle));
            } catch (BundleException | IllegalStateException e) {
                LOG.error("Could not uninstall {} ({}) after refusing it", bundle.getSymbolicName(), bundle.getLocation(), e);
            }
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

    /**
     * FileInstall asks each installer, highest ranking first and its own bundle handling last,
     * whether it takes a new file. This one takes exactly the jars of deploy/ that are refused,
     * and sets them aside instead of installing them.
     */
    private final class Gate implements ArtifactInstaller {

        @Override
        public boolean canHandle(File artifact) {
            // FileInstall also asks for files of other watched folders (etc/), and for deleted files
            if (!inFolder(artifact) || !artifact.isFile() || bundleOf(artifact.getName()).isPresent()) {
                return false;
            }
            try {
                judge(artifact.toPath(), artifact.getName());
                refused.remove(artifact);
                return false;
            } catch (DeployRules.Refused why) {
                refused.put(artifact, why);
                return true;
            }
        }

        @Override
        public void install(File artifact) {
            DeployRules.Refused why = refused.remove(artifact);
            setAside(artifact.toPath(), why != null ? why : new DeployRules.Refused("body", "refused by the deploy rules"));
        }

        @Override
        public void update(File artifact) {
            install(artifact);
        }

        @Override
        public void uninstall(File artifact) {
            refused.remove(artifact); // it was never installed
        }
    }
}
