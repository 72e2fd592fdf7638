package org.branchdesk.tests;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.inject.Inject;

import org.junit.Before;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Boots Felix with the real bundles of a tier's deployment, exactly the set the runtime jar
 * starts (runtime/target/export/&lt;tier&gt;), on a fresh database and a free port: embedded
 * Derby, or a PostgreSQL database of its own with {@code -Dbranchdesk.test.db=postgres}
 * ({@link TestDatabase}). Fails when any bundle does not resolve.
 */
public abstract class BranchdeskTestSupport {

    /** Administrator password given to the first start (as BRANCHDESK_ADMIN_PASSWORD would be). */
    protected static final String ADMIN_PASSWORD = "tests-only-Branchdesk-2026";

    /** The file names of the bundles the launcher starts first (its LOGGING). */
    private static final Pattern LOGGING = Pattern.compile("logback-|slf4j-api-|org\\.apache\\.felix\\.log(back)?-\\d|org\\.apache\\.aries\\.spifly");

    @Inject
    protected BundleContext context;

    /** Talks to the framework's HTTP port; set in {@link #awaitReady()}. */
    protected Http http;

    /** The tier whose deployment the test boots. */
    protected String tier() {
        return "wealth-center";
    }

    @Configuration
    public Option[] configuration() throws IOException {
        Path export = Path.of(System.getProperty("branchdesk.export", "../runtime/target/export"), tier());
        Path data = TestFolders.create("branchdesk-test-");
        List<Option> options = new ArrayList<>();
        try (Stream<Path> jars = Files.list(export)) {
            // as the launcher: the logging bundles first (start level 1; Pax Exam's own are at 2, the rest at 3)
            jars.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(p -> options.add(
                    LOGGING.matcher(p.getFileName().toString()).lookingAt() ? bundle(p.toUri().toString()).startLevel(1)
                            : bundle(p.toUri().toString())));
        }
        if (options.isEmpty()) {
            throw new IllegalStateException("no bundles in " + export + ": build the runtime first (mvn install)");
        }
        options.add(junitBundles());
        // the probe's copy of this class runs inside the framework: it reads the port back from there
        options.add(systemProperty("org.osgi.service.http.port").value(String.valueOf(freePort())));
        options.add(systemProperty("branchdesk.data").value(data.toString()));
        options.add(systemProperty("branchdesk.tier").value(tier()));
        options.add(systemProperty("branchdesk.admin.password").value(ADMIN_PASSWORD));
        options.add(systemProperty("derby.stream.error.file").value(data.resolve("derby.log").toString()));
        // on PostgreSQL (-Dbranchdesk.test.db=postgres): a database of the test's own, configured in etc/
        String databaseUrl = TestDatabase.configure(data);
        if (databaseUrl != null) {
            options.add(systemProperty(TestDatabase.URL).value(databaseUrl));
        }
        // the runtime's logging configuration, into <data>/log/branchdesk.log; on the console only WARN and ERROR
        options.add(systemProperty("logback.configurationFile").value(Path.of(System.getProperty("branchdesk.logback",
                "../runtime/src/main/resources/org/branchdesk/runtime/logback.xml")).toAbsolutePath().toString()));
        options.add(systemProperty("branchdesk.log.dir").value(data.resolve("log").toString()));
        options.add(systemProperty("branchdesk.log.console.info").value("OFF"));
        // as the launcher: the framework properties of every tier, configuration files in <data>/etc
        Properties framework = new Properties();
        try (InputStream in = Files.newInputStream(export.resolveSibling("framework.properties"))) {
            framework.load(in);
        }
        framework.setProperty("felix.fileinstall.poll", "500"); // the tests wait for etc/ changes: look twice as often
        framework.setProperty("felix.fileinstall.dir", Files.createDirectories(data.resolve("etc")).toString());
        // start levels are the launcher's: Pax Exam gives its own bundles theirs, the logging bundles 1 (above)
        framework.remove("org.osgi.framework.startlevel.beginning");
        framework.remove("felix.startlevel.bundle");
        framework.stringPropertyNames().forEach(name -> options.add(frameworkProperty(name).value(framework.getProperty(name))));
        return options(options.toArray(Option[]::new));
    }

    /** Every bundle resolved and the API is up before a test starts. */
    @Before
    public void awaitReady() throws InterruptedException {
        http = new Http(Integer.parseInt(context.getProperty("org.osgi.service.http.port")));
        String unresolved = Arrays.stream(context.getBundles()).filter(b -> b.getState() == Bundle.INSTALLED)
                .map(Bundle::getSymbolicName).collect(Collectors.joining(", "));
        if (!unresolved.isEmpty()) {
            throw new AssertionError("bundles that did not resolve: " + unresolved);
        }
        http.awaitHealthy(Duration.ofSeconds(60));
        admin(); // the first real call, as a user's first login
    }

    protected String admin() {
        return http.login("admin", ADMIN_PASSWORD);
    }

    /**
     * The password {@link #staff} gives an account: one the password rule accepts, which never
     * contains the username ({@code cm1} gets {@code c-m-1-pw-1}).
     */
    static String passwordOf(String username) {
        return String.join("-", username.split("")) + "-pw-1";
    }

    /** Creates a member of staff with the given roles (as admin) and returns their token. */
    protected String staff(String username, String... roles) {
        String password = passwordOf(username);
        String roleList = Arrays.stream(roles).map(r -> "\"" + r + "\"").collect(Collectors.joining(","));
        Http.Reply created = http.postJson("staff", admin(), "{\"username\":\"" + username + "\",\"password\":\"" + password
                + "\",\"displayName\":\"" + username + "\",\"roles\":[" + roleList + "]}");
        if (created.status() != 201 && created.status() != 409) {
            throw new AssertionError("could not create " + username + ": " + created);
        }
        return http.login(username, password);
    }

    /**
     * Lifts the per-person search limit (PID org.branchdesk.customer) for a test whose load
     * searches thousands of times with one account, and waits until the customer service runs
     * with it.
     */
    protected void liftSearchLimit() throws Exception {
        org.osgi.service.cm.Configuration config = context.getService(
                context.getServiceReference(org.osgi.service.cm.ConfigurationAdmin.class)).getConfiguration("org.branchdesk.customer", "?");
        java.util.Dictionary<String, Object> limits = new java.util.Hashtable<>();
        limits.put("searchesPerMinute", 1_000_000);
        limits.put("searchBurst", 1_000_000);
        config.update(limits);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            org.osgi.framework.ServiceReference<?> ref = context.getServiceReference("org.branchdesk.customer.api.CustomerService");
            if (ref != null && Integer.valueOf(1_000_000).equals(ref.getProperty("searchBurst"))) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the customer service did not take the lifted search limit");
    }

    /**
     * The sample branch (SampleData): its customer manager cm1, customers, holdings and a
     * quarter's balances imported, and segmented from that quarter.
     */
    protected void importSampleBranch() {
        String admin = admin();
        staff("cm1", "CUSTOMER_MANAGER");
        org.junit.Assert.assertEquals(200, http.post("import/customers", admin, "text/csv", SampleData.customers()).status());
        org.junit.Assert.assertEquals(200, http.post("import/holdings", admin, "text/csv", SampleData.holdings()).status());
        org.junit.Assert.assertEquals(200, http.post("import/balances", admin, "text/csv", SampleData.balances()).status());
        Http.Reply run = http.postJson("segmentation/runs", admin, "{\"quarter\":\"" + SampleData.QUARTER + "\"}");
        org.junit.Assert.assertEquals(run.toString(), 201, run.status());
    }

    /** A connection to the test's own database, Derby or PostgreSQL, as the runtime's driver makes it. */
    protected java.sql.Connection database() throws java.sql.SQLException {
        return TestDatabase.connect(context, data());
    }

    /** Whether the test's framework runs on PostgreSQL (-Dbranchdesk.test.db=postgres) rather than embedded Derby. */
    protected boolean onPostgres() {
        return context.getProperty(TestDatabase.URL) != null;
    }

    /** The runtime's data directory (database, etc/, deploy/). */
    protected Path data() {
        return Path.of(context.getProperty("branchdesk.data"));
    }

    protected Bundle installed(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
                .orElseThrow(() -> new AssertionError("no bundle " + symbolicName));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
