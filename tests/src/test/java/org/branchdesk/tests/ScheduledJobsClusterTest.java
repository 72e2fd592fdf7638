package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.Test;

/**
 * Scheduled jobs on two runtimes of one branch: every runtime runs the escalation check, but each
 * run first claims the job's lease in the shared database, so an overdue complaint goes up one
 * level once, not once per runtime; and when the runtime holding the lease dies, the other takes
 * the job over once the lease has lapsed.
 */
public class ScheduledJobsClusterTest {

    private static final String ESCALATION_EVERY_SECOND = "escalationCheckSeconds=1\n";

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

            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                ids.add(file(first.http, lobby));
            }
            try (Connection db = connect(cluster)) {
                for (long id : ids) {
                    makeOverdue(db, id);
                }
                for (long id : ids) {
                    awaitEscalations(db, id, 1);
                }
                // both runtimes check every second; the deadlines moved on with the escalation, so any
                // later escalation of these complaints would be a second runtime doing the same work again
                awaitLeaseRenewals(db, 3);
                for (long id : ids) {
                    assertEquals("complaint " + id + " escalated once", 1, escalations(db, id));
                }
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
