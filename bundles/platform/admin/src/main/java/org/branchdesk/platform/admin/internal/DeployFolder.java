package org.branchdesk.platform.admin.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.felix.fileinstall.ArtifactInstaller;
import org.branchdesk.platform.api.ConflictException;
import org.branchdesk.platform.api.InvalidInputException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
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
 * is written ({@link #put}); dropped by hand, the {@link DeployGate}, an {@link ArtifactInstaller}
 * ranked before FileInstall's own bundle handling, claims it and moves it to
 * {@code deploy/rejected/} ({@link RejectedJars}) with the reason beside it, so that it is not
 * tried again at every start, and {@code /api/health} lists it. {@link DeployedBundleChecks}
 * checks a jar changed in place again, and logs a deployed bundle that does not resolve.
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
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}\\.jar");
    private static final Logger LOG = LoggerFactory.getLogger(DeployFolder.class);

    private final BundleContext context;
    private final Path folder;
    private final boolean off;
    private final DeployJudge judge;
    private final RejectedJars rejected;
    private final DeployedBundleChecks checks;
    private final ServiceRegistration<ArtifactInstaller> gate;

    @Activate
    public DeployFolder(BundleContext context, @Reference ConfigurationAdmin cm, @Reference Inventory inventory) throws IOException {
        this.context = context;
        this.folder = folder(context);
        this.off = Boolean.parseBoolean(context.getProperty(OFF_PROPERTY));
        this.judge = new DeployJudge(context, folder);
        this.rejected = new RejectedJars(folder);
        Files.createDirectories(folder);
        Configuration watcher = cm.getFactoryConfiguration(FILEINSTALL_PID, "deploy", "?");
        if (off) {
            gate = null;
            checks = null;
            watcher.delete(); // a watcher kept from an earlier start would install the folder all the same
            LOG.warn("Deploy is off ({}=true, the launcher's --safe): {} is not watched; the branch runs without it", OFF_PROPERTY, folder);
            return;
        }
        // before the watcher exists, so that FileInstall never sees a jar the gate has not judged
        Dictionary<String, Object> ranking = new Hashtable<>();
        ranking.put(Constants.SERVICE_RANKING, Integer.MAX_VALUE);
        gate = context.registerService(ArtifactInstaller.class, new DeployGate(folder, judge, rejected), ranking);
        checks = new DeployedBundleChecks(context, inventory, judge, rejected, folder);
        context.addBundleListener(checks);
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
            context.removeBundleListener(checks);
            checks.close();
        }
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

    /** Whether {@code file} is a name deploy/ takes: letters, digits, '.', '_' or '-', ending in .jar, no path. */
    static boolean isJarName(String file) {
        return file != null && FILE_NAME.matcher(file).matches();
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
        return rejected.list();
    }

    /** Why this file was set aside, if it is in {@code deploy/rejected/}. */
    public Optional<String> rejection(String file) {
        return rejected.reasonFor(file);
    }

    /** The bundle FileInstall installed from this file, if any. */
    public Optional<Bundle> bundleOf(String file) {
        return judge.bundleOf(file);
    }

    /**
     * Puts a jar into the folder, replacing one of the same name. The jar is judged first, from a
     * temporary copy outside the folder, so that nothing deploy/ refuses is ever written there.
     *
     * @return false when the folder already holds exactly this jar (nothing was written)
     * @throws InvalidInputException when deploy/ does not take the jar, naming the header at fault
     */
    public boolean put(String file, InputStream content) throws IOException {
        if (!isJarName(file)) {
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
                declared = judge.judge(temp, file);
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
        if (!isJarName(file)) {
            return false;
        }
        boolean deleted = Files.deleteIfExists(folder.resolve(file));
        if (deleted) {
            LOG.info("Removed {} from {}", file, folder);
        }
        return deleted;
    }
}
