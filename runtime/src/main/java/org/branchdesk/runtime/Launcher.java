package org.branchdesk.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.hooks.resolver.ResolverHookFactory;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * {@code java -jar branchdesk.jar}: starts Felix with the bundles of one branch deployment,
 * packed in this jar, and tells the user where it listens and where its data lives once the
 * REST API actually answers. The launcher's own lines go to stdout/stderr, whatever the logging
 * configuration says; the bundles log through the logging bundles it starts first (see {@link #LOGGING}).
 */
public final class Launcher {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    /** Beside the bundle cache: what it was made from (see {@link #cacheKey}). */
    private static final String CACHE_STAMP = "felix-cache.stamp";
    /** Prefix of bundle locations; the file name keeps them readable in diagnostics. */
    private static final String LOCATION = "branchdesk:";
    /** The stamp's last line: when the bundles of the list were last installed or checked. */
    private static final String INSTALLED = "installed ";
    /**
     * The logging bundles, started at start level 1, in this order, before every other bundle
     * (level 2), so that a bundle's first line already goes to the log file and not to the
     * console. SPI Fly too: it weaves the bundles that use a ServiceLoader as they load, so it must
     * run before them; it logs through java.util.logging, which Felix Logback bridges.
     */
    static final List<String> LOGGING = List.of("ch.qos.logback.core", "ch.qos.logback.classic", "slf4j.api",
            "org.apache.felix.log", "org.apache.felix.logback", "org.apache.aries.spifly.dynamic.bundle");
    /** Written to etc/ on the first start, then branch IT's to edit (docs/branch-it/logging.md). */
    static final String LOGBACK_XML = "logback.xml";

    private Launcher() {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (Options.BadOption e) {
            System.err.println("branchdesk: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(Options.USAGE);
            return;
        }
        try {
            run(options);
        } catch (Exception e) {
            // a broken jar or data directory: one clear line helps more than a stack trace, and
            // exit() runs the shutdown hook, if registered, which stops the framework
            System.err.println("branchdesk: cannot start: " + reason(e));
            System.exit(1);
        }
        // the framework stopped (shutdown hook, or the system bundle stopped from inside);
        // exit explicitly, as threads bundles left behind must not keep the JVM alive
        System.exit(0);
    }

    /** Starts everything and returns only when the framework has stopped. */
    private static void run(Options options) throws Exception {
        long started = System.nanoTime();
        BundleSet bundles = BundleSet.onClassPath();
        // read and check the lists first: a bundle missing from the jar fails before anything starts
        List<String> files = bundles.install(options.tier(), options.demo());
        Path data = prepare(options.data());
        setDefault("derby.stream.error.file", data.resolve("derby.log").toString()); // never into the working directory
        // Derby's defaults (4 MB of page cache, 32 KB log buffer) thrash on a million customers'
        // indexes: 25,000 pages is at most ~100 MB, filled only as data is read (bench/README.md)
        setDefault("derby.storage.pageCacheSize", "25000");
        setDefault("derby.storage.logBufferSize", "1048576");
        // Logback reads these (JVM properties, not framework ones); -D overrides
        setDefault("branchdesk.log.dir", data.resolve("log").toString());
        setDefault("logback.configurationFile", logbackConfiguration(data).toString());
        // until the logging bundles install their bridge, java.util.logging (SPI Fly's "Registered
        // provider" lines) prints warnings only; Logback then sets its levels from logback.xml
        Logger.getLogger("").setLevel(Level.WARNING);

        // the bundle cache of the last start is reused if that start ran the same jar with the
        // same bundle list: installing 75 bundles anew is a good part of a start. --safe never
        // reuses it: the cache also holds what deploy/ installed
        Path stamp = data.resolve(CACHE_STAMP);
        String key = cacheKey(files);
        long installedAt = installedAt(Files.isRegularFile(stamp) ? Files.readString(stamp) : null, key);
        boolean reuse = !options.safe() && installedAt >= 0 && Files.isDirectory(data.resolve("felix-cache"));
        Files.deleteIfExists(stamp); // written again only once this start has installed everything
        if (!options.safe()) {
            for (String line : DeployPreflight.setAside(deployFolder(data), () -> DeployPreflight.symbolicNames(bundles, files))) {
                System.err.println("branchdesk: " + line);
            }
        }
        System.out.println("Starting Branchdesk (tier " + options.tier() + ") with data in " + data
                + (options.safe() ? ", safe: without deploy/, bundles installed from this jar"
                        : reuse ? ", bundles from the cache of the last start" : ", bundles installed from this jar") + " ...");

        Framework framework = ServiceLoader.load(FrameworkFactory.class, Launcher.class.getClassLoader()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no OSGi FrameworkFactory on the class path"))
                .newFramework(properties(options, reuse));
        framework.init();
        framework.getBundleContext().registerService(ResolverHookFactory.class, new OptionalWeaving(), null);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(framework), "branchdesk-shutdown"));
        List<Bundle> installed = install(framework.getBundleContext(), bundles, files, reuse ? installedAt : Long.MAX_VALUE);
        if (key != null) {
            Files.writeString(stamp, key + INSTALLED + System.currentTimeMillis() + "\n");
        }
        framework.start();
        start(installed);
        awaitReady(framework, options, started);
        framework.waitForStop(0);
    }

    /** The framework properties every tier runs with, packed into this jar from features/framework.properties. */
    static final String FRAMEWORK_PROPERTIES = "framework.properties";

    private static Map<String, String> properties(Options options, boolean reuseCache) throws IOException {
        Map<String, String> p = frameworkProperties(Launcher.class.getClassLoader());
        p.put(Constants.FRAMEWORK_STORAGE, options.data().resolve("felix-cache").toString());
        // bundles come from this jar: a cache of another jar or bundle list is thrown away (the
        // databases and etc/ live elsewhere in the data directory)
        if (!reuseCache) {
            p.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        }
        if (options.shell()) {
            p.put("gosh.args", ""); // the shell takes the terminal
        }
        p.put("org.osgi.service.http.port", String.valueOf(options.port()));
        if (options.host() != null) {
            p.put("org.apache.felix.http.host", options.host()); // unset: Jetty listens on all interfaces
        }
        // read by the bundles: where the databases go, which deployment this is, whether it is a demo
        p.put("branchdesk.data", options.data().toString());
        p.put("branchdesk.tier", options.tier());
        p.put("branchdesk.demo", String.valueOf(options.demo()));
        // --safe: the platform's deploy folder leaves deploy/ unwatched (DeployFolder)
        p.put("branchdesk.deploy.off", String.valueOf(options.safe()));
        // branch IT's configuration files (framework.properties says how they are read)
        p.put("felix.fileinstall.dir", options.data().resolve("etc").toString());
        return p;
    }

    /** The properties of {@link #FRAMEWORK_PROPERTIES} as this class loader finds it; a jar without it is broken. */
    static Map<String, String> frameworkProperties(ClassLoader loader) throws IOException {
        Properties file = new Properties();
        try (InputStream in = loader.getResourceAsStream(FRAMEWORK_PROPERTIES)) {
            if (in == null) {
                throw new IOException("no " + FRAMEWORK_PROPERTIES + " in the jar: it was not built by runtime/pom.xml");
            }
            file.load(in);
        }
        Map<String, String> p = new HashMap<>();
        file.stringPropertyNames().forEach(name -> p.put(name, file.getProperty(name)));
        return p;
    }

    /** Creates the data directory and proves it writable now, rather than letting Derby fail later. */
    private static Path prepare(Path data) throws IOException {
        try {
            Files.createDirectories(data.resolve("etc"));
            Files.delete(Files.createTempFile(data, ".writable", ".tmp"));
        } catch (IOException e) {
            throw new IOException("the data directory " + data + " is not a writable directory ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
        return data;
    }

    /** etc/logback.xml, written from the launcher's default if branch IT has none (yet). */
    static Path logbackConfiguration(Path data) throws IOException {
        Path file = data.resolve("etc").resolve(LOGBACK_XML);
        if (!Files.exists(file)) {
            try (InputStream in = Launcher.class.getResourceAsStream(LOGBACK_XML)) {
                if (in == null) {
                    throw new IOException("no default " + LOGBACK_XML + " in the launcher");
                }
                Files.copy(in, file);
            }
        }
        return file;
    }

    private static void setDefault(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    /**
     * What the bundle cache must have been made from to be reused: this jar (path, size, time)
     * and the list of bundles started from it. None when the launcher does not run from a jar.
     */
    static String cacheKey(List<String> files) throws IOException {
        URL code = Launcher.class.getProtectionDomain().getCodeSource().getLocation();
        Path jar;
        try {
            jar = Path.of(code.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
        if (!Files.isRegularFile(jar)) {
            return null; // classes of an IDE or a test: always a clean cache
        }
        return "jar " + jar.toAbsolutePath() + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis() + "\n"
                + String.join("\n", files) + "\n";
    }

    /**
     * Installs the files of the list; a bundle already in a reused cache is taken as it is (a
     * same location install returns the installed bundle), so the list, not the cache, decides.
     * A cached bundle changed since the launcher last installed or checked the list (updated in
     * place while the branch ran: the distribution's own bundle replaced) is put back from the jar.
     *
     * @param installedAt when the cache's bundles were last installed from this jar
     */
    static List<Bundle> install(BundleContext context, BundleSet bundles, List<String> files, long installedAt) throws IOException {
        List<Bundle> installed = new ArrayList<>();
        for (String file : files) {
            Bundle cached = context.getBundle(LOCATION + file);
            if (cached != null && cached.getLastModified() <= installedAt) {
                installed.add(cached);
                continue;
            }
            try (InputStream in = bundles.open(file)) {
                if (cached != null) {
                    System.err.println("branchdesk: " + cached.getSymbolicName() + " (" + file + ") was changed in the bundle cache"
                            + " since this jar installed it; put back from the jar");
                    cached.update(in);
                    installed.add(cached);
                } else {
                    installed.add(context.installBundle(LOCATION + file, in));
                }
            } catch (BundleException e) {
                // like a bundle that does not start: report and go on; /api/health shows what is missing
                System.err.println("branchdesk: cannot install " + file + ": " + reason(e));
            }
        }
        return installed;
    }

    /** When the stamp says the list was installed, or -1 if the stamp is missing or of another jar or list. */
    static long installedAt(String stamp, String key) {
        if (stamp == null || key == null || !stamp.startsWith(key) || !stamp.substring(key.length()).startsWith(INSTALLED)) {
            return -1;
        }
        try {
            return Long.parseLong(stamp.substring(key.length() + INSTALLED.length()).strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Where the platform's deploy folder is: {@code branchdesk.deploy} if set, else deploy/ in the data directory. */
    private static Path deployFolder(Path data) {
        String explicit = System.getProperty("branchdesk.deploy");
        return explicit == null || explicit.isBlank() ? data.resolve("deploy") : Path.of(explicit).toAbsolutePath();
    }

    /**
     * Starts the bundles once the framework is active, so that each failure is thrown here and
     * reported with the bundle's name, instead of surfacing as an anonymous framework event. The
     * logging bundles start first, at level 1. A cached start has started them already, in the
     * order they were installed (the list's, by file name): that works too, as only Felix
     * Logback's activator needs the others, and SPI Fly's lines before it are held back (run).
     */
    private static void start(List<Bundle> bundles) {
        List<Bundle> ordered = new ArrayList<>(bundles);
        ordered.sort(Comparator.comparingInt(Launcher::loggingRank));
        for (Bundle bundle : ordered) {
            bundle.adapt(BundleStartLevel.class).setStartLevel(loggingRank(bundle) < LOGGING.size() ? 1 : 2);
        }
        for (Bundle bundle : ordered) {
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
                continue; // fragments attach to their host; starting one is an error
            }
            try {
                bundle.start();
            } catch (BundleException | RuntimeException e) {
                // keep going: the rest of the branch may still work, and /api/health names the gap
                System.err.println("branchdesk: bundle " + bundle.getSymbolicName() + " " + bundle.getVersion() + " ("
                        + bundle.getLocation() + ") did not start: " + reason(e));
            }
        }
    }

    /** The bundle's place in {@link #LOGGING}, or after them all. */
    private static int loggingRank(Bundle bundle) {
        int rank = LOGGING.indexOf(bundle.getSymbolicName());
        return rank < 0 ? LOGGING.size() : rank;
    }

    /** Polls /api/health as a user's first request would, and reports ready only when it answers 200. */
    private static void awaitReady(Framework framework, Options options, long started) throws InterruptedException {
        String host = probeHost(options.host());
        URI health = URI.create("http://" + host + ":" + options.port() + "/api/health");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        String last = "no answer";
        // stop polling if the framework is being stopped meanwhile (Ctrl-C during start-up)
        while (System.nanoTime() < deadline && framework.getState() == Bundle.ACTIVE) {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    String shown = host.equals("127.0.0.1") ? "localhost" : host;
                    System.out.printf("Branchdesk %s ready: tier %s, listening on http://%s:%d/api (data in %s, started in %d ms)%n",
                            version(), options.tier(), shown, options.port(), options.data(),
                            Duration.ofNanos(System.nanoTime() - started).toMillis());
                    return;
                }
                last = "HTTP " + response.statusCode() + " " + abbreviate(response.body());
            } catch (ConnectException e) {
                last = "nothing listening on " + host + ":" + options.port(); // the HTTP bundle is not up (yet)
            } catch (IOException e) {
                last = reason(e);
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
        if (framework.getState() == Bundle.ACTIVE) {
            System.err.println("branchdesk: WARNING: " + health + " did not answer 200 within " + READY_TIMEOUT.toSeconds()
                    + " s; last seen: " + last + ". Still running; see the messages above for bundles that did not start.");
        }
    }

    /** Loopback, unless --host bound the server to one particular address. */
    private static String probeHost(String host) {
        if (host == null || host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
            return "127.0.0.1";
        }
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host; // IPv6 literal in a URI
    }

    /** Runs on Ctrl-C, SIGTERM and System.exit: stops the bundles cleanly so Derby closes its files. */
    private static void stop(Framework framework) {
        try {
            framework.stop();
            FrameworkEvent event = framework.waitForStop(STOP_TIMEOUT.toMillis());
            if (event.getType() == FrameworkEvent.WAIT_TIMEDOUT) {
                System.err.println("branchdesk: WARNING: not stopped within " + STOP_TIMEOUT.toSeconds() + " s; exiting anyway");
            } else {
                System.out.println("Branchdesk stopped.");
            }
        } catch (BundleException | InterruptedException | RuntimeException e) {
            System.err.println("branchdesk: unclean stop: " + reason(e));
        }
    }

    private static String version() {
        String version = Launcher.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version; // no manifest when run from classes (IDE, tests)
    }

    /** The message of an exception and of its root cause, on one line. */
    private static String reason(Throwable e) {
        String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        boolean told = root == e || root.getMessage() != null && reason.contains(root.getMessage());
        return told ? reason : reason + " (" + root + ")";
    }

    private static String abbreviate(String body) {
        String line = body.replaceAll("\\s+", " ").strip();
        return line.length() <= 300 ? line : line.substring(0, 300) + "...";
    }
}
