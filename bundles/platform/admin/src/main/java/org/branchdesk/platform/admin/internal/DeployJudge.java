package org.branchdesk.platform.admin.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Judges a jar meant for {@code deploy/} against the framework as it is now: the
 * {@link DeployRules} on its headers, the symbolic names in use (the distribution's and those
 * already deployed from another file), and the framework's own parse by a trial install. Also
 * tells which installed bundles came from the folder.
 */
final class DeployJudge {

    /** Location prefix of the trial installs that ask the framework itself whether it takes a jar. */
    private static final String TRIAL = "branchdesk-deploy-check:";
    private static final Logger LOG = LoggerFactory.getLogger(DeployJudge.class);

    private final BundleContext context;
    private final Path folder;

    DeployJudge(BundleContext context, Path folder) {
        this.context = context;
        this.folder = folder;
    }

    /** Every rule of deploy/, for a jar meant to become {@code file}: its headers, the names in use, the framework's own parse. */
    DeployRules.Declared judge(Path jar, String file) throws DeployRules.Refused {
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

    /** The bundle FileInstall installed from this file of the folder, if any. */
    Optional<Bundle> bundleOf(String file) {
        String location = folder.resolve(file).toUri().normalize().toString();
        return Arrays.stream(context.getBundles()).filter(b -> sameFile(b.getLocation(), location)).findFirst();
    }

    /** Whether the bundle was installed from the folder. */
    boolean fromHere(Bundle bundle) {
        String location = bundle.getLocation();
        return location != null && strip(location).startsWith(strip(folder.toUri().normalize().toString()));
    }

    /** The name of the file a bundle of the folder was installed from. */
    static String fileName(Bundle bundle) {
        String location = strip(bundle.getLocation());
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static boolean sameFile(String bundleLocation, String fileUri) {
        // FileInstall writes file:/x or file:///x depending on version; compare the paths
        return bundleLocation != null && strip(bundleLocation).equals(strip(fileUri));
    }

    private static String strip(String uri) {
        return uri.replaceFirst("^file:/+", "/");
    }
}
