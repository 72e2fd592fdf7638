package org.branchdesk.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jdbc.DataSourceFactory;

/**
 * Which database the suite runs on: embedded Derby (the default) or, with
 * {@code -Dbranchdesk.test.db=postgres}, a database of its own on the suite's throwaway PostgreSQL
 * server ({@link TestPostgres}), configured as branch IT configures it: a file
 * {@code etc/org.branchdesk.database.cfg} in the runtime's data folder.
 */
final class TestDatabase {

    /** The system property naming the database engine: {@code derby} or {@code postgres}. */
    static final String ENGINE = "branchdesk.test.db";
    /** Set for the framework (and read by the probe): the JDBC URL of the test's PostgreSQL database. */
    static final String URL = "branchdesk.test.db.url";

    private TestDatabase() {
    }

    static boolean postgres() {
        return "postgres".equals(System.getProperty(ENGINE, "derby"));
    }

    /**
     * For a runtime about to start on {@code data}: on PostgreSQL, creates a new database and writes
     * its configuration into {@code data/etc}; returns its JDBC URL, or null on Derby.
     */
    static String configure(Path data) throws IOException {
        if (!postgres()) {
            return null;
        }
        TestPostgres server = TestPostgres.server();
        String url = server.url(server.createDatabase());
        configure(data, url);
        return url;
    }

    /** Points the runtime on {@code data} at an existing PostgreSQL database (a second runtime on the same one). */
    static void configure(Path data, String url) throws IOException {
        Path etc = Files.createDirectories(data.resolve("etc"));
        Files.writeString(etc.resolve("org.branchdesk.database.cfg"), String.join("\n",
                "url = " + url,
                "user = " + TestPostgres.USER,
                "password = " + TestPostgres.PASSWORD,
                "DataSourceFactory.target = (osgi.jdbc.driver.class=org.postgresql.Driver)",
                ""), StandardCharsets.UTF_8);
    }

    /** The table's name as the database's metadata knows it: PostgreSQL folds unquoted names to lower case. */
    static String table(Connection db, String name) throws SQLException {
        return db.getMetaData().storesLowerCaseIdentifiers() ? name.toLowerCase(Locale.ROOT) : name;
    }

    /** The type of the named constraint: "U" unique, "P" primary key, "F" foreign key, "C" check; null if there is none. */
    static String constraintType(Connection db, String name) throws SQLException {
        boolean derby = "Apache Derby".equals(db.getMetaData().getDatabaseProductName());
        try (PreparedStatement q = db.prepareStatement(derby ? "SELECT TYPE FROM SYS.SYSCONSTRAINTS WHERE CONSTRAINTNAME = ?"
                : "SELECT SUBSTR(CONSTRAINT_TYPE, 1, 1) FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE CONSTRAINT_NAME = ?")) {
            q.setString(1, table(db, name));
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /**
     * A connection to the database of the framework the probe runs in, through the driver bundle
     * the runtime itself uses; Derby in {@code data/derby} or the test's PostgreSQL database.
     */
    static Connection connect(BundleContext context, Path data) throws SQLException {
        String url = context.getProperty(URL);
        String driver = url == null ? "org.apache.derby.jdbc.EmbeddedDriver" : "org.postgresql.Driver";
        try {
            ServiceReference<DataSourceFactory> ref = context.getServiceReferences(DataSourceFactory.class,
                    "(" + DataSourceFactory.OSGI_JDBC_DRIVER_CLASS + "=" + driver + ")").stream().findFirst()
                    .orElseThrow(() -> new AssertionError("no DataSourceFactory for " + driver));
            Properties credentials = new Properties();
            if (url != null) {
                credentials.setProperty("user", TestPostgres.USER);
                credentials.setProperty("password", TestPostgres.PASSWORD);
            }
            return context.getService(ref).createDriver(null).connect(url != null ? url : "jdbc:derby:" + data.resolve("derby"),
                    credentials);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
