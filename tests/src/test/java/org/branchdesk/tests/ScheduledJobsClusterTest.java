package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.Test;

/**
 * Scheduled jobs on two runtimes of one branch: every runtime runs the escalation check, but each
 * run first claims the job's lease in the shared database, so an overdue complaint goes up one
 * level once, not once per runtime; and when the runtime holding the lease dies, the other takes
 * the job over once the lease has lapsed.
 */
public class ScheduledJobsClusterTest {

    private static final String ESCALATION_EVERY_SECOND = "escalationCheckSeconds=1\n";
    /** Complaints due at once. */
    private static final int DUE = 20;

    @Test
    public void anOverdueComplaintIsEscalatedOnceAcrossTwoRuntimes() throws Exception {
        try (Cluster cluster = new Cluster(2, "wealth-center", Map.of("org.branchdesk.complaint.cfg", ESCALATION_EVERY_SECOND))) {
            Cluster.Node first = cluster.node(0);
            String admin = first.admin();
            String password = BranchdeskTestSupport.passwordOf("lobby1");
            Http.Reply created = first.http.postJson("staff", admin, "{\"username\":\"lobby1\",\"password\":\"" + password
                    + "\",\"displayName\":\"lobby1\",\"roles\":[\"LOBBY_MANAGER\"]}");
            assertEquals(created.toString(), 201, created.status());
            String lobby = first.http.login("lobby1", password);

            String lobbyOnB = cluster.node(1).http.login("lobby1", password);
            List<Long> ids = fileAtOnce(cluster, List.of(lobby, lobbyOnB), DUE);
            try (Connection db = connect(cluster); Connection holdUp = connect(cluster)) {
                // the check that runs first is held up writing the escalations' history until the other
                // runtime's check is under way too: the two really overlap, and the second must not
                // escalate what the first is escalating, even once the first has outlasted its lease
                holdUp.setAutoCommit(false);
                try (Statement s = holdUp.createStatement()) {
                    s.execute("LOCK TABLE BD_COMPLAINT_HISTORY IN EXCLUSIVE MODE");
                }
                makeOverdue(db, ids);
                awaitWaiting(db, 2);
                holdUp.commit();
                awaitEscalated(db, ids.size());
                // both runtimes check every second; the deadlines moved on with the escalation, so any
                // later escalation of these complaints would be a second runtime doing the same work again
                awaitLeaseRenewals(db, 3);
                assertEquals("complaints escalated more than once", 0, count(db, "SELECT COUNT(*) FROM (SELECT COMPLAINT_ID"
                        + " FROM BD_COMPLAINT_HISTORY WHERE ACTOR = 'system' GROUP BY COMPLAINT_ID HAVING COUNT(*) > 1) twice"));
                assertEquals("one escalation each", ids.size(), count(db, "SELECT COUNT(*) FROM BD_COMPLAINT_HISTORY WHERE ACTOR = 'system'"));
                assertEquals("one lease row for the job", 1, count(db, "SELECT COUNT(*) FROM BD_JOB_LEASE WHERE JOB_NAME = 'complaint.escalation'"));

                // the first runtime dies, whether it held the lease or not: the other escalates on its own,
                // taking the lease over once it has lapsed
                holder(db);
                cluster.kill(first);
                Cluster.Node other = cluster.node(1);
                long late = file(other.http, other.http.login("lobby1", password));
                makeOverdue(db, late);
                awaitEscalations(db, late, 1);
            }
        }
    }

    /** Files {@value #DUE} complaints, four clients at once, two on each runtime. */
    private static List<Long> fileAtOnce(Cluster cluster, List<String> tokens, int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Long>>> clients = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Http http = cluster.node(i % 2).http;
                String token = tokens.get(i % 2);
                clients.add(pool.submit(() -> {
                    List<Long> filed = new ArrayList<>();
                    for (int k = 0; k < n / 4; k++) {
                        filed.add(file(http, token));
                    }
                    return filed;
                }));
            }
            List<Long> ids = new ArrayList<>();
            for (Future<List<Long>> f : clients) {
                ids.addAll(f.get(300, TimeUnit.SECONDS));
            }
            return ids;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long file(Http http, String token) {
        Http.Reply r = http.postJson("complaints", token, "{\"contactName\":\"Walk-in\",\"contactPhone\":\"13700000000\",\"channel\":\"MOBILE_BANKING\","
                + "\"category\":\"SYSTEM_FAILURE\",\"severity\":\"HIGH\",\"description\":\"transfer stuck\"}");
        assertEquals(r.toString(), 201, r.status());
        return r.json().get("id").asLong();
    }

    private static Connection connect(Cluster cluster) throws SQLException {
        return DriverManager.getConnection(cluster.url(), TestPostgres.USER, TestPostgres.PASSWORD);
    }

    /** Moves the acknowledgement deadline an hour into the past, as if the complaint had waited too long. */
    private static void makeOverdue(Connection db, long id) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("UPDATE BD_COMPLAINT SET ACKNOWLEDGE_BY = ? WHERE ID = ?")) {
            s.setLong(1, System.currentTimeMillis() - 3_600_000L);
            s.setLong(2, id);
            assertEquals(1, s.executeUpdate());
        }
    }

    /** All of them overdue in one statement: due for both runtimes' next check at once. */
    private static void makeOverdue(Connection db, List<Long> ids) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("UPDATE BD_COMPLAINT SET ACKNOWLEDGE_BY = ? WHERE ID = ANY (?)")) {
            s.setLong(1, System.currentTimeMillis() - 3_600_000L);
            s.setArray(2, db.createArrayOf("bigint", ids.toArray()));
            assertEquals(ids.size(), s.executeUpdate());
        }
    }

    /** Waits until {@code n} connections of the database wait for a lock: both runtimes' checks held up. */
    private static void awaitWaiting(Connection db, int n) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (count(db, "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'") < n) {
            assertTrue("the two runtimes' checks are not both under way within 60 s", System.nanoTime() < deadline);
            Thread.sleep(100);
        }
    }

    private static void awaitEscalated(Connection db, int n) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (count(db, "SELECT COUNT(DISTINCT COMPLAINT_ID) FROM BD_COMPLAINT_HISTORY WHERE ACTOR = 'system'") < n) {
            assertTrue(n + " complaints not escalated within 120 s", System.nanoTime() < deadline);
            Thread.sleep(200);
        }
    }

    private static int escalations(Connection db, long id) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT COUNT(*) FROM BD_COMPLAINT_HISTORY WHERE COMPLAINT_ID = ? AND ACTOR = 'system'")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static int count(Connection db, String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }

    private static String holder(Connection db) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT HOLDER FROM BD_JOB_LEASE WHERE JOB_NAME = 'complaint.escalation'");
                ResultSet r = s.executeQuery()) {
            assertTrue("the escalation lease is claimed", r.next());
            return r.getString(1);
        }
    }

    private static long until(Connection db) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT UNTIL_MS FROM BD_JOB_LEASE WHERE JOB_NAME = 'complaint.escalation'");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void awaitEscalations(Connection db, long id, int n) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (escalations(db, id) < n) {
            assertTrue("complaint " + id + " not escalated within 60 s", System.nanoTime() < deadline);
            Thread.sleep(200);
        }
    }

    /** Waits until the lease has been renewed {@code n} times: that many more runs of the check. */
    private static void awaitLeaseRenewals(Connection db, int n) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        long last = until(db);
        for (int seen = 0; seen < n;) {
            assertTrue("the escalation lease is not renewed", System.nanoTime() < deadline);
            Thread.sleep(200);
            long now = until(db);
            if (now != last) {
                seen++;
                last = now;
            }
        }
    }
}
