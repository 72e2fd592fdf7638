package org.branchdesk.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * Starts Felix with the bundles of one branch deployment, packed in this jar, and tells the
 * user where it listens and where its data lives once every module is ready.
 */
public final class Launcher {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        BundleSet bundles = new BundleSet(Launcher.class::getResourceAsStream);
        Options options;
        try {
            options = Options.parse(args, bundles.tiers());
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
        long started = System.nanoTime();
        Path data = options.data();
        Files.createDirectories(data);
        if (!Files.isWritable(data)) {
            System.err.println("branchdesk: the data folder " + data + " is not writable");
            System.exit(2);
        }
        // Derby writes derby.log into the working directory unless told otherwise
        System.setProperty("derby.stream.error.file", System.getProperty("derby.stream.error.file", data.resolve("derby.log").toString()));
        // the log shows warnings and Branchdesk's own messages; set these properties to see more
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        System.setProperty("org.slf4j.simpleLogger.log.org.branchdesk",
                System.getProperty("org.slf4j.simpleLogger.log.org.branchdesk", "info"));
        System.out.println("Starting Branchdesk (tier " + options.tier() + ") with data in " + data + " ...");

        Framework framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(properties(options));
        framework.init();
        install(framework, bundles, options);
        framework.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(framework), "branchdesk-shutdown"));

        awaitReady(options, started);
        framework.waitForStop(0);
    }

    private static Map<String, String> properties(Options options) {
        Map<String, String> p = new HashMap<>();
        p.put(Constants.FRAMEWORK_STORAGE, options.data().resolve("felix-cache").toString());
        // bundles always come fresh from this jar; the data lives elsewhere in the data folder
        p.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        p.put(Constants.FRAMEWORK_BSNVERSION, Constants.FRAMEWORK_BSNVERSION_MULTIPLE);
        p.put("org.osgi.service.http.port", String.valueOf(options.port()));
        if (options.host() != null) {
            p.put("org.apache.felix.http.host", options.host());
        }
        p.put("branchdesk.data", options.data().toString());
        p.put("branchdesk.tier", options.tier());
        p.put("branchdesk.demo", String.valueOf(options.demo()));
        p.put("felix.log.level", "1");
        p.put("gosh.args", "--nointeractive");
        p.put("eclipselink.weaving", "false");
        return p;
    }

    private static void install(Framework framework, BundleSet bundles, Options options) throws IOException {
        List<String> files = new ArrayList<>(bundles.list(options.tier()));
        if (options.demo()) {
            files.addAll(bundles.list(BundleSet.DEMO));
        }
        List<Bundle> installed = new ArrayList<>();
        for (String file : files) {
            try (InputStream in = bundles.open(file)) {
                installed.add(framework.getBundleContext().installBundle("branchdesk:" + file, in));
            } catch (BundleException e) {
                System.err.println("branchdesk: cannot install " + file + ": " + e.getMessage());
            }
        }
        for (Bundle bundle : installed) {
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
                continue;
            }
            try {
                bundle.start();
            } catch (BundleException e) {
                // keep going: the health endpoint names what is missing
                System.err.println("branchdesk: " + bundle.getSymbolicName() + " did not start: " + e.getMessage());
            }
        }
    }

    /** Polls /api/health until it answers 200, as a user's first request would. */
    private static void awaitReady(Options options, long started) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + options.port() + "/api/health"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> reply = client.send(health, HttpResponse.BodyHandlers.ofString());
                if (reply.statusCode() == 200) {
                    System.out.printf("Branchdesk %s ready: tier %s, listening on http://localhost:%d/api (data in %s, started in %d ms)%n",
                            version(), options.tier(), options.port(), options.data(), (System.nanoTime() - started) / 1_000_000);
                    return;
                }
                last = reply.statusCode() + " " + reply.body();
            } catch (IOException notYet) {
                last = notYet.toString();
            }
            Thread.sleep(200);
        }
        System.err.println("branchdesk: WARNING: not ready after " + READY_TIMEOUT.toSeconds() + " s; last health answer: " + last);
    }

    private static void stop(Framework framework) {
        try {
            framework.stop();
            framework.waitForStop(30_000);
            System.out.println("Branchdesk stopped.");
        } catch (BundleException | InterruptedException e) {
            System.err.println("branchdesk: unclean stop: " + e);
        }
    }

    private static String version() {
        String v = Launcher.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
