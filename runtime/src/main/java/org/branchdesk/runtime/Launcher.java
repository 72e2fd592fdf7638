package org.branchdesk.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
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
import java.util.concurrent.atomic.AtomicBoolean;

import org.osgi.framework.Bundle;
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
 * configuration says; the bundles log through the logging bundles it starts first (see {@link LogSetup}).
 */
public final class Launcher {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    /** Set by the shutdown hook (Ctrl-C, SIGTERM): a stop during start-up is then the user's, not a failure. */
    private static final AtomicBoolean SHUTTING_DOWN = new AtomicBoolean();
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
            if (!run(options) && !SHUTTING_DOWN.get()) {
                // a bundle stopped the framework before the branch was ready (a refused first-start
                // administrator password): say so, and fail, so that a service manager sees it
                String reason = System.getProperty("branchdesk.stopReason"); // set by the bundle that stopped it
                System.err.println("branchdesk: cannot start: " + (reason != null ? reason
                        : "Branchdesk stopped during start-up; the messages above say why"));
                System.exit(1);
            }
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

    /**
     * Starts everything and returns only when the framework has stopped: false if it stopped
     * before the branch was ready.
     */
    private static boolean run(Options options) throws Exception {
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
        LogSetup.prepare(data);

        // the bundle cache of the last start is reused if that start ran the same jar with the
        // same bundle list: installing 75 bundles anew is a good part of a start. --safe never
        // reuses it: the cache also holds what deploy/ installed
        Path stamp = data.resolve(BundleCache.STAMP);
        String key = BundleCache.key(files);
        long installedAt = BundleCache.installedAt(Files.isRegularFile(stamp) ? Files.readString(stamp) : null, key);
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
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            SHUTTING_DOWN.set(true);
            stop(framework);
        }, "branchdesk-shutdown"));
        List<Bundle> installed = BundleCache.install(framework.getBundleContext(), bundles, files, reuse ? installedAt : Long.MAX_VALUE);
        if (key != null) {
            Files.writeString(stamp, BundleCache.stamp(key));
        }
        framework.start();
        start(installed);
        boolean ready = awaitReady(framework, options, started);
        framework.waitForStop(0);
        return ready;
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

    static void setDefault(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
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
        ordered.sort(Comparator.comparingInt(LogSetup::rank));
        for (Bundle bundle : ordered) {
            bundle.adapt(BundleStartLevel.class).setStartLevel(LogSetup.startLevel(bundle));
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

    /**
     * Polls /api/health as a user's first request would, and reports ready only when it answers 200.
     * False if the framework stopped first; true once ready, or still running after the timeout.
     */
    private static boolean awaitReady(Framework framework, Options options, long started) throws InterruptedException {
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
                    return true;
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
            return true;
        }
        return false;
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
    static String reason(Throwable e) {
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
