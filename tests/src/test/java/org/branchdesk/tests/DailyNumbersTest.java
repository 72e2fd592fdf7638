package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.branchdesk.lobby.api.LobbyService;
import org.branchdesk.lobby.api.Priority;
import org.branchdesk.lobby.api.ServicePoint;
import org.branchdesk.platform.persistence.DailyNumbers;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.service.transaction.control.ScopedWorkException;
import org.osgi.service.transaction.control.TransactionControl;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Complaint references and queue tickets drawn at the same moment, across a restart of the
 * module and after a lost transaction: every number of the day is handed out once.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DailyNumbersTest extends BranchdeskTestSupport {

    private String lobby;

    @Before
    public void lobbyManager() {
        lobby = staff("lobby1", "LOBBY_MANAGER");
    }

    @Test
    public void twentyComplaintsRecordedAtTheSameMomentEachGetTheirOwnReference() throws Exception {
        List<Http.Reply> replies = atOnce(20, i -> http.postJson("complaints", lobby, complaint("at the same moment " + i)));
        Set<Long> numbers = new TreeSet<>();
        String prefix = "CP-" + LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE) + "-";
        for (Http.Reply r : replies) {
            assertEquals(r.toString(), 201, r.status());
            String reference = r.json().get("reference").asText();
            assertTrue(reference, reference.startsWith(prefix) && reference.matches("CP-\\d{8}-\\d{4}"));
            numbers.add(Long.parseLong(reference.substring(prefix.length())));
        }
        assertEquals("distinct references: " + numbers, 20, numbers.size());
        assertEquals("dense: no numbers are set aside, none lost without a rollback " + numbers, 19,
                ((TreeSet<Long>) numbers).last() - ((TreeSet<Long>) numbers).first());
    }

    @Test
    public void ticketsIssuedAtTheSameMomentAreDistinct() throws Exception {
        List<Http.Reply> replies = atOnce(30, i -> http.postJson("lobby/tickets", lobby,
                "{\"servicePoint\":\"" + (i % 3 == 0 ? "PRIORITY_WINDOW" : "CASH_COUNTER") + "\",\"priority\":\"STANDARD\"}"));
        Set<String> numbers = new TreeSet<>();
        for (Http.Reply r : replies) {
            assertEquals(r.toString(), 201, r.status());
            numbers.add(r.json().get("number").asText());
        }
        assertEquals("distinct ticket numbers: " + numbers, 30, numbers.size());
        assertEquals(10, numbers.stream().filter(n -> n.matches("P\\d{3}")).count());
        assertEquals(20, numbers.stream().filter(n -> n.matches("A\\d{3}")).count());
    }

    /**
     * A ticket whose arrival rolls back leaves its number unused; after a restart of the lobby
     * (its memory gone, the day's tickets in the database) the next ticket repeats none of the day.
     */
    @Test
    public void aNumberLostWithItsTransactionIsNeverHandedOutAgainAfterARestart() throws Exception {
        Set<String> issued = new TreeSet<>();
        issued.add(ticket("NON_CASH_COUNTER"));
        TransactionControl tx = service(TransactionControl.class);
        LobbyService lobbyService = service(LobbyService.class);
        Caller caller = new Caller("lobby1", "lobby1", Set.of(Role.LOBBY_MANAGER));
        try {
            tx.required(() -> {
                String lost = lobbyService.issue(ServicePoint.NON_CASH_COUNTER, Priority.STANDARD, null, caller).number();
                throw new IllegalStateException("the arrival of " + lost + " fails after its ticket");
            });
            fail("the transaction was to roll back");
        } catch (ScopedWorkException rolledBack) {
            // the probe's JUnit has no assertThrows
            assertTrue(rolledBack.getCause().getMessage(), rolledBack.getCause().getMessage().startsWith("the arrival of B"));
        }
        issued.add(ticket("NON_CASH_COUNTER"));
        assertEquals(issued.toString(), 2, issued.size());

        Bundle module = installed("org.branchdesk.lobby.impl");
        module.stop();
        module.start();
        String afterRestart = awaitTicket("NON_CASH_COUNTER");
        assertFalse(afterRestart + " was already issued today: " + issued, issued.contains(afterRestart));
        issued.add(afterRestart);
        String next = ticket("NON_CASH_COUNTER");
        assertFalse(next + " was already issued today: " + issued, issued.contains(next));
    }

    /** The counter of a new day is created by whoever comes first; the others count on from it, none fails. */
    @Test
    public void theFirstNumbersOfADayDrawnAtOnceAreOneToTwenty() throws Exception {
        DailyNumbers numbers = service(DailyNumbers.class);
        LocalDate day = LocalDate.of(2030, 1, 2);
        // nobody creates the counter before two have found none: at least two race to create it
        CountDownLatch twoFoundNone = new CountDownLatch(2);
        List<Long> drawn = atOnce(20, i -> numbers.next("test.first-use", day, () -> {
            twoFoundNone.countDown();
            try {
                twoFoundNone.await(30, TimeUnit.SECONDS); // a safety net; the assertion below says what went wrong
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0;
        }));
        Set<Long> distinct = new TreeSet<>(drawn);
        assertEquals(drawn.toString(), 20, distinct.size());
        assertEquals(drawn.toString(), Long.valueOf(1), ((TreeSet<Long>) distinct).first());
        assertEquals(drawn.toString(), Long.valueOf(20), ((TreeSet<Long>) distinct).last());
        assertEquals("two raced to create the counter", 0, twoFoundNone.getCount());
    }

    /** Another runtime on the same database draws from the same counter: its number is not handed out here. */
    @Test
    public void aNumberAnotherRuntimeDrewIsNotHandedOutHere() {
        String here = ticket("RECEPTION");
        long there = service(DailyNumbers.class).next("lobby.ticket.RECEPTION", LocalDate.now(), () -> 0);
        String after = ticket("RECEPTION");
        assertEquals(Long.parseLong(here.substring(1)) + 1, there);
        assertEquals(String.format("R%03d", there + 1), after);
    }

    /**
     * A database made by an earlier build has the day's complaints but no counter: the day
     * continues after its highest reference.
     */
    @Test
    public void aDayBegunByAnEarlierBuildContinuesAfterItsHighestReference() throws Exception {
        Http.Reply first = http.postJson("complaints", lobby, complaint("before the upgrade"));
        assertEquals(first.toString(), 201, first.status());
        String reference = first.json().get("reference").asText();
        forgetCounter("complaint.reference");
        Http.Reply next = http.postJson("complaints", lobby, complaint("after the upgrade"));
        assertEquals(next.toString(), 201, next.status());
        long highest = Long.parseLong(reference.substring(reference.lastIndexOf('-') + 1));
        String expected = reference.substring(0, reference.lastIndexOf('-') + 1) + String.format("%04d", highest + 1);
        assertEquals(expected, next.json().get("reference").asText());
    }

    /** The same for a queue: its tickets of the day are there, its counter is not. */
    @Test
    public void aQueueBegunByAnEarlierBuildContinuesAfterItsHighestTicket() throws Exception {
        ticket("CUSTOMER_MANAGER");
        String last = ticket("CUSTOMER_MANAGER");
        forgetCounter("lobby.ticket.CUSTOMER_MANAGER");
        assertEquals(String.format("M%03d", Long.parseLong(last.substring(1)) + 1), ticket("CUSTOMER_MANAGER"));
    }

    /** Behind the counters, the stored numbers are unique in the database itself. */
    @Test
    public void theStoredReferencesAndTicketNumbersAreUniqueConstraintsToo() throws Exception {
        ticket("SELF_SERVICE"); // the units make their tables at their first use
        assertEquals(201, http.postJson("complaints", lobby, complaint("so that the table is there")).status());
        try (Connection db = database()) {
            Set<String> unique = new TreeSet<>();
            for (String table : List.of("BD_COMPLAINT", "BD_TICKET")) {
                try (ResultSet rs = db.getMetaData().getIndexInfo(null, null, TestDatabase.table(db, table), true, false)) {
                    while (rs.next()) {
                        unique.add((table + "." + rs.getString("INDEX_NAME") + "." + rs.getString("COLUMN_NAME")).toUpperCase(java.util.Locale.ROOT));
                    }
                }
            }
            assertTrue(unique.toString(), unique.stream().anyMatch(u -> u.startsWith("BD_COMPLAINT.") && u.endsWith(".REFERENCE")));
            assertTrue(unique.toString(), unique.stream().anyMatch(u -> u.startsWith("BD_TICKET.") && u.endsWith(".NUMBER")));
            assertEquals("a ticket number is unique on its day, by the name the upgrade notes use", "U", TestDatabase.constraintType(db, "BD_TICKET_NUMBER"));
        }
    }

    /** Deletes today's counter of the sequence, as a database made by an earlier build is without it. */
    private void forgetCounter(String sequence) throws Exception {
        try (Connection db = database();
                PreparedStatement forget = db.prepareStatement("DELETE FROM BD_DAILY_NUMBER WHERE SEQUENCE_NAME = ? AND DAY = ?")) {
            forget.setString(1, sequence);
            forget.setDate(2, java.sql.Date.valueOf(LocalDate.now()));
            assertEquals("today's counter of " + sequence, 1, forget.executeUpdate());
        }
    }

    private static String complaint(String description) {
        return "{\"contactName\":\"匿名\",\"contactPhone\":\"13700000000\",\"channel\":\"COUNTER\",\"category\":\"WAITING_TIME\","
                + "\"severity\":\"LOW\",\"description\":\"" + description + "\"}";
    }

    private String ticket(String point) {
        Http.Reply r = http.postJson("lobby/tickets", lobby, "{\"servicePoint\":\"" + point + "\",\"priority\":\"STANDARD\"}");
        assertEquals(r.toString(), 201, r.status());
        return r.json().get("number").asText();
    }

    /** The first ticket once the restarted lobby's resource is registered again (asynchronously, by the whiteboard). */
    private String awaitTicket(String point) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Http.Reply r = http.postJson("lobby/tickets", lobby, "{\"servicePoint\":\"" + point + "\",\"priority\":\"STANDARD\"}");
        while (r.status() == 404 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            r = http.postJson("lobby/tickets", lobby, "{\"servicePoint\":\"" + point + "\",\"priority\":\"STANDARD\"}");
        }
        assertEquals(r.toString(), 201, r.status());
        return r.json().get("number").asText();
    }

    private <T> T service(Class<T> type) {
        T service = context.getService(context.getServiceReference(type));
        assertNotNull(type.getSimpleName(), service);
        return service;
    }

    private interface Request<T> {
        T send(int i);
    }

    /** Sends the requests from as many threads, released together. */
    private static <T> List<T> atOnce(int count, Request<T> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch ready = new CountDownLatch(count);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                sent.add(pool.submit((Callable<T>) () -> {
                    ready.countDown();
                    start.await();
                    return request.send(n);
                }));
            }
            ready.await();
            start.countDown();
            List<T> replies = new ArrayList<>();
            for (Future<T> f : sent) {
                replies.add(f.get());
            }
            return replies;
        } finally {
            pool.shutdown();
        }
    }
}
