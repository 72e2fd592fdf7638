package org.branchdesk.platform.admin.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

import org.osgi.framework.Constants;
import org.osgi.framework.Version;

/**
 * What the deploy/ folder takes, judged from a jar's own bytes before the framework or FileInstall
 * sees it. deploy/ adds bundles to a branch; it never replaces one of the distribution's (the
 * bundles the runtime was started with), because FileInstall, given a jar with the symbolic name
 * and version of an installed bundle, updates that bundle in place with whatever the jar holds.
 */
final class DeployRules {

    /** A jar deploy/ does not take: the manifest header at fault ({@code body} for the file itself) and why. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        private final String field;

        Refused(String field, String reason) {
            super(reason);
            this.field = field;
        }

        String field() {
            return field;
        }
    }

    /** The bundle a jar says it is. */
    record Declared(String symbolicName, Version version, String fragmentHost) {
    }

    /**
     * The symbolic names deploy/ may not take: those of the distribution, and those already
     * deployed, each with the file it came from.
     */
    record Taken(Set<String> distribution, Map<String, String> deployed) {
    }

    /** OSGi's symbolic-name: dot-separated tokens of letters, digits, '_' and '-'. */
    private static final Pattern SYMBOLIC_NAME = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");
    private static final String BUNDLE_HOW = "deploy/ takes OSGi bundles as bnd builds them";

    private DeployRules() {
    }

    /** Reads the manifest as FileInstall will (from the jar's first entries) and checks its bundle headers. */
    static Declared read(Path jar) throws Refused {
        try (JarFile zip = new JarFile(jar.toFile(), false)) {
            Manifest anywhere = zip.getManifest();
            Manifest manifest = first(jar);
            if (manifest == null) {
                throw new Refused("body", anywhere == null ? "not an OSGi bundle: the jar has no META-INF/MANIFEST.MF"
                        : "META-INF/MANIFEST.MF is not the first entry of the jar, where FileInstall reads it; " + BUNDLE_HOW);
            }
            return declared(manifest.getMainAttributes());
        } catch (IOException | SecurityException e) {
            // the JDK's messages ("zip END header not found") say nothing to branch IT
            throw new Refused("body", "not a jar: the file is not a readable zip archive; " + BUNDLE_HOW);
        }
    }

    private static Manifest first(Path jar) throws IOException {
        try (InputStream in = Files.newInputStream(jar); JarInputStream entries = new JarInputStream(in, false)) {
            return entries.getManifest();
        }
    }

    static Declared declared(Attributes main) throws Refused {
        String manifestVersion = main.getValue(Constants.BUNDLE_MANIFESTVERSION);
        if (!"2".equals(manifestVersion == null ? null : manifestVersion.strip())) {
            throw new Refused(Constants.BUNDLE_MANIFESTVERSION, (manifestVersion == null ? "missing" : "'" + manifestVersion + "'")
                    + ": must be 2; " + BUNDLE_HOW);
        }
        String symbolicName = name(main.getValue(Constants.BUNDLE_SYMBOLICNAME));
        if (symbolicName == null) {
            throw new Refused(Constants.BUNDLE_SYMBOLICNAME, "missing: not an OSGi bundle; " + BUNDLE_HOW);
        }
        if (!SYMBOLIC_NAME.matcher(symbolicName).matches()) {
            throw new Refused(Constants.BUNDLE_SYMBOLICNAME, "'" + symbolicName
                    + "' is not a symbolic name: dot-separated letters, digits, '_' or '-'");
        }
        String version = main.getValue(Constants.BUNDLE_VERSION);
        Version parsed;
        try {
            parsed = version == null ? Version.emptyVersion : Version.parseVersion(version.strip());
        } catch (IllegalArgumentException e) {
            throw new Refused(Constants.BUNDLE_VERSION, "'" + version + "' is not a version: major.minor.micro.qualifier, e.g. 1.2.0");
        }
        String host = main.getValue(Constants.FRAGMENT_HOST);
        return new Declared(symbolicName, parsed, host == null ? null : name(host));
    }

    /**
     * Checks a jar meant for {@code file} against the names in use: a distribution bundle is never
     * replaced or extended from deploy/, and one symbolic name is deployed from one file only.
     */
    static void checkNames(Declared jar, String file, Taken taken) throws Refused {
        if (taken.distribution().contains(jar.symbolicName())) {
            throw new Refused(Constants.BUNDLE_SYMBOLICNAME, jar.symbolicName()
                    + " is a bundle of the branch's own distribution: deploy/ adds bundles, it never replaces one of the"
                    + " distribution's (that is an upgrade of the runtime)");
        }
        if (jar.fragmentHost() != null && taken.distribution().contains(jar.fragmentHost())) {
            throw new Refused(Constants.FRAGMENT_HOST, "the fragment attaches to " + jar.fragmentHost()
                    + ", a bundle of the branch's own distribution: attaching restarts it and what depends on it, and changes it;"
                    + " deploy/ never changes the distribution");
        }
        String other = taken.deployed().get(jar.symbolicName());
        if (other != null && !other.equals(file)) {
            throw new Refused(Constants.BUNDLE_SYMBOLICNAME, jar.symbolicName() + " is already deployed as " + other
                    + ": replace that file, or remove it first");
        }
    }

    /** The name of a header's first clause, without its attributes and directives. */
    private static String name(String header) {
        if (header == null) {
            return null;
        }
        int semicolon = header.indexOf(';');
        String name = (semicolon < 0 ? header : header.substring(0, semicolon)).strip();
        return name.isEmpty() ? null : name;
    }
}
