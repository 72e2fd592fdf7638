package org.branchdesk.platform.persistence.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.transaction.control.TransactionControl;
import org.osgi.service.transaction.control.jpa.JPAEntityManagerProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Branch IT's move of a branch from embedded Derby to PostgreSQL: the Gogo command
 * {@code branchdesk:importDerby [derby folder]}, run on a runtime that has just started, for the
 * first time, on the configured PostgreSQL database (so that every module's tables exist there).
 *
 * <p>Every row of every table of the Derby database is copied in one PostgreSQL transaction: it
 * all arrives or nothing does. The PostgreSQL tables are locked for the copy; what the new
 * runtime wrote there on its first start (its administrator, its leases) is replaced, except its
 * own audit entries, which follow the branch's history, and its audit-copy positions and job
 * leases, which describe the runtimes now running. The identity sequences continue after the
 * copied ids. A database that already holds branch data is refused, as is a Derby database in
 * use by another process, or a table or column PostgreSQL does not have.
 */
@Component(service = DerbyImport.class, configurationPid = "org.branchdesk.database", configurationPolicy = ConfigurationPolicy.OPTIONAL,
        property = { "osgi.command.scope=branchdesk", "osgi.command.function=importDerby" })
public final class DerbyImport {

    private static final Logger LOG = LoggerFactory.getLogger(DerbyImport.class);

    /** What a runtime writes on its first start on a new database, so that the import still accepts it. */
    private static final Set<String> FIRST_START = Set.of("bd_audit", "bd_audit_journal", "bd_job_lease", "bd_login_failure",
            "bd_relationship_cursor", "bd_runtime", "bd_staff", "bd_token");

    /** Rows about the runtimes now running (audit-copy positions, job leases, the runtimes themselves): kept, never copied from Derby. */
    private static final Set<String> KEEP = Set.of("bd_audit_journal", "bd_job_lease", "bd_runtime");

    /** Kept too, and added after the copied rows: the new runtime's own audit entries. */
    private static final String AUDIT = "bd_audit";

    private final BundleContext context;
    private final DatabaseConfig config;
    private final DataSourceFactory targetFactory;
    private final DataSourceFactory derbyFactory;
    private final TransactionControl transactions;

    @Activate
    public DerbyImport(BundleContext context, DatabaseConfig config,
            // the same name as PersistenceUnits' reference: the configuration's DataSourceFactory.target chooses it
            @Reference(name = "DataSourceFactory") DataSourceFactory targetFactory,
            @Reference(name = "derby", target = "(osgi.jdbc.driver.class=org.apache.derby.jdbc.EmbeddedDriver)") DataSourceFactory derbyFactory,
            @Reference TransactionControl transactions) {
        this.context = context;
        this.config = config;
        this.targetFactory = targetFactory;
        this.derbyFactory = derbyFactory;
        this.transactions = transactions;
    }

    /** Imports the branch's own Derby database, {@code <data>/derby}. */
    public String importDerby() throws SQLException {
        String data = context.getProperty("branchdesk.data");
        return importDerby(Path.of(data == null ? "data" : data, "derby").toString());
    }

    /** Imports the Derby database in {@code folder} (a branch's {@code data/derby}). */
    public String importDerby(String folder) throws SQLException {
        if (config.url().isBlank() || !config.url().startsWith("jdbc:postgresql:")) {
            return "refused: this runtime runs on " + (config.url().isBlank() ? "embedded Derby" : config.url())
                    + "; configure PostgreSQL in etc/org.branchdesk.database.cfg, start the runtime once, then import";
        }
        Path derby = Path.of(folder).toAbsolutePath().normalize();
        if (!Files.isRegularFile(derby.resolve("service.properties"))) {
            return "refused: no Derby database in " + derby;
        }
        List<String> units = createEveryTable();
        try (Connection source = openDerby(derby);
                Connection target = new DriverDataSource(targetFactory.createDriver(null), config.url(), config.user(), config.password())
                        .getConnection()) {
            source.setReadOnly(true);
            source.setAutoCommit(false);
            target.setAutoCommit(false);
            try {
                String report = copy(source, target, derby, units);
                target.commit();
                LOG.info("Imported the Derby database {} into {}:\n{}", derby, config.url(), report);
                return report + "\nRestart this runtime now, then start any other runtime of the branch.";
            } catch (Refused refused) {
                target.rollback();
                return "refused: " + refused.getMessage();
            } catch (SQLException | RuntimeException e) {
                target.rollback();
                LOG.error("The import of the Derby database {} failed; nothing was written", derby, e);
                return "failed, nothing was written: " + e.getMessage();
            } finally {
                source.rollback(); // it only read
            }
        } finally {
            shutdownDerby(derby);
        }
    }

    private String copy(Connection source, Connection target, Path derby, List<String> units) throws SQLException {
        Map<String, List<String>> sourceTables = tables(source);
        Map<String, Map<String, Integer>> targetTables = columns(target);
        List<String> missing = new ArrayList<>();
        sourceTables.forEach((table, columns) -> {
            Map<String, Integer> there = targetTables.get(table);
            if (there == null) {
                missing.add("table " + table);
            } else {
                columns.stream().filter(c -> !there.containsKey(c)).forEach(c -> missing.add("column " + table + "." + c));
            }
        });
        if (!missing.isEmpty()) {
            throw new Refused("PostgreSQL has no " + String.join(", ", missing)
                    + ": does this runtime run the same tier and version as the Derby branch? (persistence units here: "
                    + String.join(", ", units) + ")");
        }
        try (Statement lock = target.createStatement()) {
            // no other runtime writes while the copy runs; they read on, and wait for the commit to write
            lock.execute("LOCK TABLE " + String.join(", ", targetTables.keySet()) + " IN EXCLUSIVE MODE");
        }
        Map<String, Long> existing = new TreeMap<>();
        for (String table : targetTables.keySet()) {
            existing.put(table, count(target, table));
        }
        String occupied = existing.entrySet().stream()
                .filter(e -> e.getValue() > 0 && (!FIRST_START.contains(e.getKey()) || e.getKey().equals("bd_staff") && e.getValue() > 1))
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
        if (!occupied.isEmpty()) {
            throw new Refused("the PostgreSQL database already holds branch data (" + occupied
                    + "); import only into a new database on which this runtime has just started");
        }
        List<Object[]> ownAudit = sourceTables.containsKey(AUDIT) ? rows(target, AUDIT, auditColumns(targetTables)) : List.of();
        StringBuilder report = new StringBuilder("imported " + derby + ":\n");
        long total = 0;
        for (Map.Entry<String, List<String>> table : sourceTables.entrySet()) {
            String name = table.getKey();
            if (KEEP.contains(name)) {
                continue;
            }
            List<String> columns = table.getValue();
            try (Statement delete = target.createStatement()) {
                delete.executeUpdate("DELETE FROM " + name);
            }
            long copied;
            Map<String, Integer> types = targetTables.get(name);
            try (Statement read = source.createStatement();
                    ResultSet rows = read.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + name)) {
                copied = PostgresCopy.copy(target, name, columns, new CopyValues(rows, columns.stream().map(types::get).toList()));
            }
            long expected = count(source, name);
            if (copied != expected) {
                throw new SQLException(name + ": " + copied + " rows copied of " + expected);
            }
            total += copied;
            report.append(String.format("  %-26s %10d%n", name, copied));
        }
        restartSequences(target, targetTables.keySet());
        if (!ownAudit.isEmpty()) {
            report.append(String.format("  %-26s %10d  (this runtime's own entries, after the branch's)%n", AUDIT,
                    appendOwnAudit(target, auditColumns(targetTables), ownAudit)));
        }
        report.append(String.format("  %-26s %10d", "rows", total));
        return report.toString();
    }

    /**
     * Adds this runtime's own audit entries after the branch's history, with new ids, and returns
     * how many. Those that are already in it are left out: when the runtime started on the Derby
     * branch's own data folder, it copied that folder's audit journal into PostgreSQL from its start.
     */
    private static long appendOwnAudit(Connection target, List<String> columns, List<Object[]> own) throws SQLException {
        long history;
        try (Statement s = target.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + AUDIT)) {
            rs.next();
            history = rs.getLong(1);
        }
        PostgresCopy.copy(target, AUDIT, columns, own.iterator());
        // at_millis (never null) with "=" first, so that PostgreSQL can hash-join rather than compare every pair
        String same = "b.at_millis = a.at_millis AND " + columns.stream().map(c -> "b." + c + " IS NOT DISTINCT FROM a." + c)
                .collect(Collectors.joining(" AND "));
        try (PreparedStatement duplicates = target.prepareStatement("DELETE FROM " + AUDIT + " a WHERE a.id > ? AND EXISTS (SELECT 1 FROM "
                + AUDIT + " b WHERE b.id <= ? AND " + same + ")")) {
            duplicates.setLong(1, history);
            duplicates.setLong(2, history);
            return own.size() - duplicates.executeUpdate();
        }
    }

    /** Deploys every persistence unit, so that each module's tables exist before the copy. */
    private List<String> createEveryTable() {
        List<String> names = new ArrayList<>();
        try {
            for (ServiceReference<JPAEntityManagerProvider> ref : context.getServiceReferences(JPAEntityManagerProvider.class, null)) {
                JPAEntityManagerProvider provider = context.getService(ref);
                if (provider == null) {
                    continue;
                }
                try {
                    var em = provider.getResource(transactions);
                    transactions.notSupported(em::getMetamodel);
                    names.add(String.valueOf(ref.getProperty("osgi.unit.name")));
                } finally {
                    context.ungetService(ref);
                }
            }
        } catch (InvalidSyntaxException cannot) {
            throw new IllegalStateException(cannot);
        }
        names.sort(null);
        return names;
    }

    private Connection openDerby(Path derby) throws SQLException {
        try {
            Connection c = derbyFactory.createDriver(null).connect("jdbc:derby:" + derby, new Properties());
            if (c == null) {
                throw new SQLException("Derby does not accept " + derby);
            }
            return c;
        } catch (SQLException e) {
            throw new SQLException(derby + " cannot be opened (is a runtime still running on it? stop it first): " + rootMessage(e), e);
        }
    }

    private void shutdownDerby(Path derby) {
        try {
            derbyFactory.createDriver(null).connect("jdbc:derby:" + derby + ";shutdown=true", new Properties());
        } catch (SQLException expected) {
            // Derby reports a clean shutdown (08006) as an exception; not booted is fine too
        }
    }

    /** The user tables of the connection's schema, lower case, each with its columns. */
    private static Map<String, List<String>> tables(Connection db) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        columns(db).forEach((table, columns) -> tables.put(table, new ArrayList<>(columns.keySet())));
        return tables;
    }

    private static Map<String, Map<String, Integer>> columns(Connection db) throws SQLException {
        Map<String, Map<String, Integer>> tables = new TreeMap<>();
        DatabaseMetaData meta = db.getMetaData();
        try (ResultSet rs = meta.getTables(null, db.getSchema(), "%", new String[] { "TABLE" })) {
            while (rs.next()) {
                tables.put(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT), new LinkedHashMap<>());
            }
        }
        try (ResultSet rs = meta.getColumns(null, db.getSchema(), "%", "%")) {
            while (rs.next()) {
                Map<String, Integer> columns = tables.get(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                if (columns != null) {
                    columns.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), rs.getInt("DATA_TYPE"));
                }
            }
        }
        return tables;
    }

    private static List<String> auditColumns(Map<String, Map<String, Integer>> targetTables) {
        return targetTables.get(AUDIT).keySet().stream().filter(c -> !c.equals("id")).toList();
    }

    private static List<Object[]> rows(Connection db, String table, List<String> columns) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + table + " ORDER BY id")) {
            CopyValues converted = new CopyValues(rs, columns.stream().map(c -> Types.OTHER).toList());
            converted.forEachRemaining(rows::add);
        }
        return rows;
    }

    private static long count(Connection db, String table) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every serial column's sequence continues after the largest id the table now holds. */
    private static void restartSequences(Connection db, Iterable<String> tables) throws SQLException {
        for (String table : tables) {
            List<String> serials = new ArrayList<>();
            try (PreparedStatement s = db.prepareStatement("SELECT column_name FROM information_schema.columns "
                    + "WHERE table_schema = current_schema() AND table_name = ? AND column_default LIKE 'nextval(%'")) {
                s.setString(1, table);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        serials.add(rs.getString(1));
                    }
                }
            }
            for (String column : serials) {
                try (Statement s = db.createStatement()) {
                    s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', '" + column + "'), COALESCE(MAX(" + column
                            + "), 0) + 1, false) FROM " + table);
                }
            }
        }
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null && e.getCause() != e) {
            e = e.getCause();
        }
        return e.getMessage();
    }

    /** A precondition that does not hold: nothing was written. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }
}
