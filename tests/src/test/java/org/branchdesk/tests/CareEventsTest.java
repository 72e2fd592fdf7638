package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Set;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceRegistration;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Care events and customer events through the real framework (wealth centre): a birthday and a
 * maturity raised in the manager's inbox their lead time ahead with their detail, done once and
 * then hidden; an event for a target group with replies, attendance, follow-up tasks and the
 * evaluation of what attendees bought against the others; another manager's customer refused.
 * Today is the test's clock (a Clock service with branchdesk.clock=true), as for complaints.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CareEventsTest extends BranchdeskTestSupport {

    private static boolean imported;

    private MovableClock clock;
    private ServiceRegistration<Clock> registration;
    private String head;
    private String cm1;
    private String cm2;

    @Before
    public void branch() {
        clock = new MovableClock();
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("branchdesk.clock", "true");
        registration = context.registerService(Clock.class, clock, props);
        head = staff("head1", "CENTER_HEAD");
        cm1 = staff("cm1", "CUSTOMER_MANAGER");
        cm2 = staff("cm2", "CUSTOMER_MANAGER");
        if (!imported) {
            String admin = admin();
            Http.Reply customers = http.post("import/customers", admin, "text/csv", customers(today()));
            assertEquals(customers.toString(), 200, customers.status());
            Http.Reply holdings = http.post("import/holdings", admin, "text/csv", holdings(today(), false));
            assertEquals(holdings.toString(), 200, holdings.status());
            assertEquals(200, http.post("import/balances", admin, "text/csv", balances()).status());
            Http.Reply run = http.postJson("segmentation/runs", admin, "{\"quarter\":\"2026-Q3\"}");
            assertEquals(run.toString(), 201, run.status());
            imported = true;
        }
    }

    @After
    public void unregisterTheClock() {
        registration.unregister();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** cm1: R001 (MID, birthday in 7 days), R002 (HIGH, in 8), R003 (MID), R005 (below premium, in 7); cm2: R004 (MID, in 7). */
    static String customers(LocalDate today) {
        StringBuilder csv = new StringBuilder(
                "customer_id,name,id_type,id_number,phone,birth_date,education,occupation,card_numbers,other_bank_assets,manager\n");
        Object[][] rows = { { "R001", "冯关怀", today.plusDays(7).minusYears(50), "cm1" }, { "R002", "陈高端", today.plusDays(8).minusYears(40), "cm1" },
                { "R003", "褚中端", today.plusDays(100).minusYears(45), "cm1" }, { "R004", "卫别人", today.plusDays(7).minusYears(35), "cm2" },
                { "R005", "蒋大众", today.plusDays(7).minusYears(30), "cm1" } };
        int n = 1;
        for (Object[] r : rows) {
            LocalDate birth = (LocalDate) r[2];
            csv.append(r[0]).append(',').append(r[1]).append(",RESIDENT_ID,")
                    .append(SampleData.residentId("110105" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "31" + n)).append(",1370000000")
                    .append(n++).append(',').append(birth).append(",BACHELOR,engineer,,,").append(r[3]).append('\n');
        }
        return csv.toString();
    }

    /** R001's wealth product matures in 14 days; {@code after} adds a TRUST for R001 and a BOND for R003 (new categories). */
    static String holdings(LocalDate today, boolean after) {
        return "customer_id,category,amount,maturity_date\n"
                + "R001,DEPOSIT,300000.00,\nR001,FUND,200000.00,\nR001,WEALTH_PRODUCT,100000.00," + today.plusDays(14) + "\n"
                + "R002,DEPOSIT,2000000.00,\nR003,DEPOSIT,500000.00,\nR004,DEPOSIT,500000.00,\nR005,DEPOSIT,100000.00,\n"
                + (after ? "R001,TRUST,1000000.00,\nR003,BOND,50000.00,\n" : "");
    }

    static String balances() {
        String[][] daily = { { "R001", "500000.00" }, { "R002", "2000000.00" }, { "R003", "500000.00" }, { "R004", "500000.00" },
                { "R005", "100000.00" } };
        StringBuilder csv = new StringBuilder("customer_id,date,balance\n");
        for (LocalDate day = LocalDate.of(2026, 7, 1); !day.isAfter(LocalDate.of(2026, 9, 30)); day = day.plusDays(1)) {
            for (String[] d : daily) {
                csv.append(d[0]).append(',').append(day).append(',').append(d[1]).append('\n');
            }
        }
        return csv.toString();
    }

    /** The manager's inbox (every task source of the module), as the manager reads it: due within the default 30 days. */
    private JsonNode inbox(String token, String manager) {
        Http.Reply r = http.get("relationship/managers/" + manager + "/inbox", token);
        assertEquals(r.toString(), 200, r.status());
        return r.json();
    }

    private static JsonNode find(JsonNode tasks, String customerId, String ref) {
        for (JsonNode t : tasks) {
            if (t.get("customerId").asText().equals(customerId) && t.get("ref").asText().equals(ref)) {
                return t;
            }
        }
        return null;
    }

    private static boolean anyOf(JsonNode tasks, String customerId) {
        for (JsonNode t : tasks) {
            if (t.get("customerId").asText().equals(customerId)) {
                return true;
            }
        }
        return false;
    }

    @Test
    public void aBirthdayAndAMaturityAreRaisedTheirLeadTimeAheadWithTheirDetailAndDoneHidesThem() throws Exception {
        LocalDate today = today();
        String birthday = "care/BIRTHDAY/" + today.plusDays(7);
        String maturity = "care/MATURITY/" + today.plusDays(14);
        JsonNode tasks = inbox(cm1, "cm1");
        JsonNode greeting = find(tasks, "R001", birthday);
        assertTrue(tasks.toString(), greeting != null);
        assertEquals("CARE_EVENT", greeting.get("kind").asText());
        assertEquals(today.plusDays(7).toString(), greeting.get("due").asText());
        assertFalse(greeting.get("overdue").asBoolean());
        JsonNode detail = greeting.get("detail");
        assertEquals("MID", detail.get("segment").asText());
        assertEquals(50, detail.get("age").asInt());
        assertTrue(detail.toString(), detail.get("holdings").toString().contains("FUND"));
        assertTrue(detail.get("lastContacts").isArray());
        JsonNode matures = find(tasks, "R001", maturity);
        assertTrue("14 days ahead: " + tasks, matures != null);
        assertTrue(matures.toString(), matures.get("detail").get("maturities").toString().contains("WEALTH_PRODUCT"));
        assertEquals("R002's birthday is 8 days ahead", null, find(tasks, "R002", "care/BIRTHDAY/" + today.plusDays(8)));
        assertFalse("below premium: no care", anyOf(tasks, "R005"));
        assertFalse("another manager's customer", anyOf(tasks, "R004"));
        assertEquals("the inbox for today only: the birthday is not due yet", null,
                find(http.get("relationship/managers/cm1/inbox?days=0", cm1).json(), "R001", birthday));
        String view = http.get("customers/R001/view", cm1).body();
        assertTrue("the customer's view shows the care to plan: " + view, view.contains("\"ref\":\"" + birthday + "\""));

        // a book's upcoming care, by REST: the manager's own, or any for the centre head
        Http.Reply upcoming = http.get("relationship/care?days=30", cm1);
        assertEquals(upcoming.toString(), 200, upcoming.status());
        assertTrue(upcoming.body(), upcoming.body().contains("care/BIRTHDAY/" + today.plusDays(8)));
        assertEquals(403, http.get("relationship/care?manager=cm1", cm2).status());
        assertEquals("manager", http.get("relationship/care", head).json().get("field").asText());
        assertTrue(http.get("relationship/care?manager=cm2&days=10", head).body().contains("\"R004\""));
        assertEquals("days", http.get("relationship/care?days=1000", cm1).json().get("field").asText());

        clock.advance(Duration.ofDays(1));
        assertTrue("a day later R002's birthday is 7 days ahead", find(inbox(cm1, "cm1"), "R002", "care/BIRTHDAY/" + today.plusDays(8)) != null);

        // done: by the customer's manager, once; bad input names its field and writes nothing
        String body = "{\"ref\":\"" + birthday + "\",\"channel\":\"PHONE\",\"note\":\"flowers on the day, asked about the fund\"}";
        assertEquals(403, http.postJson("relationship/care/R001/done", cm2, body).status());
        assertEquals("channel", http.postJson("relationship/care/R001/done", cm1, "{\"ref\":\"" + birthday + "\"}").json().get("field").asText());
        assertEquals("ref", http.postJson("relationship/care/R001/done", cm1, "{\"ref\":\"care/BIRTHDAY/" + today.plusDays(9)
                + "\",\"channel\":\"PHONE\"}").json().get("field").asText());
        assertEquals("ref", http.postJson("relationship/care/R001/done", cm1, "{\"ref\":\"birthday\",\"channel\":\"PHONE\"}").json()
                .get("field").asText());
        Http.Reply done = http.postJson("relationship/care/R001/done", cm1, body);
        assertEquals(done.toString(), 200, done.status());
        assertEquals("birthday care", done.json().get("purpose").asText());
        assertEquals("relationship", done.json().get("module").asText());
        Http.Reply again = http.postJson("relationship/care/R001/done", cm1, body);
        assertEquals(again.toString(), 409, again.status());
        assertEquals("ref", again.json().get("field").asText());

        tasks = inbox(head, "cm1");
        assertEquals("done hides it", null, find(tasks, "R001", birthday));
        assertFalse(http.get("relationship/care?days=30", cm1).body().contains(birthday));
        matures = find(tasks, "R001", maturity);
        assertTrue("the maturity is still to plan, and shows the contact just recorded",
                matures.get("detail").get("lastContacts").toString().contains("birthday care"));
    }

    private JsonNode invitation(JsonNode list, String customerId) {
        for (JsonNode i : list) {
            if (i.get("customerId").asText().equals(customerId)) {
                return i;
            }
        }
        return null;
    }

    @Test
    public void anEventForATargetGroupIsRepliedAttendedFollowedUpAndEvaluated() throws Exception {
        String when = clock.instant().toString();
        String event = "{\"title\":\"Year-end wealth salon\",\"kind\":\"SALON\",\"when\":\"" + when + "\",\"place\":\"VIP room 2\","
                + "\"capacity\":2,\"target\":{\"segments\":[\"MID\",\"HIGH\"],\"manager\":\"cm1\"}}";
        int before = http.get("relationship/events", head).json().size();
        assertEquals("capacity", http.postJson("relationship/events", head, event.replace("\"capacity\":2", "\"capacity\":0")).json()
                .get("field").asText());
        assertEquals("kind", http.postJson("relationship/events", head, event.replace("SALON", "PARTY")).json().get("field").asText());
        assertEquals("when", http.postJson("relationship/events", head, event.replace(when, "2301-01-01T00:00:00Z")).json().get("field").asText());
        assertEquals("target.segments", http.postJson("relationship/events", head, event.replace("\"HIGH\"", "\"VIP\"")).json().get("field").asText());
        assertEquals("a customer manager plans for their own customers only", 403,
                http.postJson("relationship/events", cm1, event.replace("\"manager\":\"cm1\"", "\"manager\":\"cm2\"")).status());
        assertEquals("bad input wrote nothing", before, http.get("relationship/events", head).json().size());

        Http.Reply created = http.postJson("relationship/events", head, event);
        assertEquals(created.toString(), 201, created.status());
        long id = created.json().get("id").asLong();
        String path = "relationship/events/" + id;
        JsonNode invited = http.get(path + "/invitations", head).json();
        assertEquals("MID and HIGH customers of cm1: " + invited, 3, invited.size());
        assertTrue(invitation(invited, "R001") != null && invitation(invited, "R002") != null && invitation(invited, "R003") != null);
        assertEquals("cm2 sees none of cm1's invitees", 0, http.get(path + "/invitations", cm2).json().size());
        assertEquals(403, http.putJson(path + "/invitations/R001", cm2, "{\"reply\":\"ACCEPTED\"}").status());
        assertEquals("reply", http.putJson(path + "/invitations/R001", cm1, "{\"reply\":\"MAYBE\"}").json().get("field").asText());

        assertEquals("ACCEPTED", http.putJson(path + "/invitations/R001", cm1, "{\"reply\":\"ACCEPTED\"}").json().get("reply").asText());
        assertEquals(200, http.putJson(path + "/invitations/R002", head, "{\"reply\":\"ACCEPTED\"}").status());
        Http.Reply full = http.putJson(path + "/invitations/R003", cm1, "{\"reply\":\"ACCEPTED\"}");
        assertEquals(full.toString(), 409, full.status());
        assertEquals("reply", full.json().get("field").asText());
        assertEquals(200, http.putJson(path + "/invitations/R003", cm1, "{\"reply\":\"DECLINED\"}").status());
        assertEquals(2, http.get(path, head).json().get("accepted").asInt());

        assertTrue(http.putJson(path + "/invitations/R001", cm1, "{\"attended\":true}").json().get("attended").asBoolean());
        assertEquals(200, http.putJson(path + "/invitations/R002", cm1, "{\"attended\":false}").status());
        assertEquals("attendance is in the log: it is not taken back", 409,
                http.putJson(path + "/invitations/R001", cm1, "{\"attended\":false}").status());

        // the follow-up of the one who came, due followUpDays (3) after the event, done like a care task
        LocalDate day = LocalDate.parse(created.json().get("day").asText());
        JsonNode tasks = inbox(cm1, "cm1");
        JsonNode followUp = find(tasks, "R001", "event/" + id);
        assertTrue(tasks.toString(), followUp != null);
        assertEquals("EVENT_FOLLOW_UP", followUp.get("kind").asText());
        assertEquals(day.plusDays(3).toString(), followUp.get("due").asText());
        assertTrue(followUp.toString(), followUp.get("detail").get("lastContacts").toString().contains("\"EVENT\""));
        assertEquals("R002 did not come", null, find(tasks, "R002", "event/" + id));
        String followed = "{\"ref\":\"event/" + id + "\",\"channel\":\"PHONE\",\"note\":\"asked about the trust\"}";
        assertEquals("ref", http.postJson("relationship/care/R002/done", cm1, followed).json().get("field").asText());
        assertEquals(200, http.postJson("relationship/care/R001/done", cm1, followed).status());
        assertEquals(409, http.postJson("relationship/care/R001/done", cm1, followed).status());
        assertEquals(null, find(inbox(cm1, "cm1"), "R001", "event/" + id));

        // products bought after the event: a new TRUST for R001 (came), a new BOND for R003 (did not)
        Http.Reply after = http.post("import/holdings", admin(), "text/csv", holdings(today(), true));
        assertEquals(after.toString(), 200, after.status());
        JsonNode evaluation = http.get(path + "/evaluation", head).json();
        assertEquals(evaluation.toString(), 3, evaluation.get("invited").asInt());
        assertEquals(2, evaluation.get("accepted").asInt());
        assertEquals(1, evaluation.get("declined").asInt());
        assertEquals(1, evaluation.get("attended").asInt());
        assertEquals("0.3333", evaluation.get("attendanceRate").decimalValue().toPlainString());
        assertEquals(1, evaluation.get("attendees").get("customers").asInt());
        assertEquals(1, evaluation.get("attendees").get("buyers").asInt());
        assertEquals("1.0000", evaluation.get("attendees").get("buyerRate").decimalValue().toPlainString());
        assertEquals(2, evaluation.get("others").get("customers").asInt());
        assertEquals(1, evaluation.get("others").get("buyers").asInt());
        assertEquals("0.5000", evaluation.get("others").get("buyerRate").decimalValue().toPlainString());
        assertEquals("cm2 evaluates over their own invitees: none", 0, http.get(path + "/evaluation", cm2).json().get("invited").asInt());
        assertEquals(404, http.get("relationship/events/999999/evaluation", head).status());
    }

    @Test
    public void theCentreHeadsEventInvitesFromEveryBookAndAProductCategoryNarrowsTheGroup() {
        String when = clock.instant().plus(Duration.ofDays(10)).toString();
        String lecture = "{\"title\":\"Pension planning\",\"kind\":\"LECTURE\",\"when\":\"" + when + "\",\"place\":\"Hall\","
                + "\"capacity\":50,\"target\":{\"segments\":[\"MID\"]}}";
        Http.Reply everyBook = http.postJson("relationship/events", head, lecture);
        assertEquals(everyBook.toString(), 201, everyBook.status());
        JsonNode invited = http.get("relationship/events/" + everyBook.json().get("id").asLong() + "/invitations", head).json();
        assertEquals(invited.toString(), 3, invited.size());
        assertTrue("cm2's customer too", invitation(invited, "R004") != null);
        assertEquals("cm2", invitation(invited, "R004").get("manager").asText());

        Http.Reply funds = http.postJson("relationship/events", head, lecture.replace("{\"segments\":[\"MID\"]}",
                "{\"segments\":[\"MID\"],\"category\":\"FUND\",\"minAssets\":400000}"));
        assertEquals(funds.toString(), 201, funds.status());
        JsonNode holders = http.get("relationship/events/" + funds.json().get("id").asLong() + "/invitations", head).json();
        assertEquals("only R001 holds a fund: " + holders, 1, holders.size());

        Http.Reply own = http.postJson("relationship/events", cm2, lecture);
        assertEquals(own.toString(), 201, own.status());
        assertEquals("a customer manager's event invites their own customers", "cm2", own.json().get("target").get("manager").asText());
        JsonNode mine = http.get("relationship/events/" + own.json().get("id").asLong() + "/invitations", cm2).json();
        assertEquals(mine.toString(), 1, mine.size());
        assertEquals("R004", mine.get(0).get("customerId").asText());
        assertEquals("target", http.postJson("relationship/events", head, lecture.replace("\"MID\"", "\"PRIVATE\"")).json()
                .get("field").asText());
        assertEquals("the event attendance is recorded on or after its day", 409,
                http.putJson("relationship/events/" + own.json().get("id").asLong() + "/invitations/R004", cm2, "{\"attended\":true}").status());
    }

    @Test
    public void configuredHolidaysReachTheInboxAndABadHolidayLineIsRefused() throws Exception {
        org.osgi.service.cm.Configuration care = context.getService(context.getServiceReference(org.osgi.service.cm.ConfigurationAdmin.class))
                .getConfiguration("org.branchdesk.relationship.care", "?");
        LocalDate festival = today().plusDays(10);
        try {
            Dictionary<String, Object> props = new Hashtable<>();
            props.put("holidays", new String[] { festival + "=Test Festival" });
            care.update(props);
            String ref = "care/HOLIDAY/" + festival;
            Set<String> customers = new java.util.TreeSet<>();
            JsonNode holiday = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline && customers.isEmpty()) {
                for (JsonNode t : inbox(cm1, "cm1")) {
                    if (t.get("ref").asText().equals(ref)) {
                        customers.add(t.get("customerId").asText());
                        holiday = t;
                    }
                }
                Thread.sleep(100);
            }
            assertEquals("every premium customer of cm1's book", Set.of("R001", "R002", "R003"), customers);
            assertEquals("Test Festival on " + festival, holiday.get("title").asText());

            Dictionary<String, Object> wrong = new Hashtable<>();
            wrong.put("holidays", new String[] { "Spring Festival" });
            care.update(wrong);
            JsonNode refusal = null;
            deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline && refusal == null) {
                JsonNode refused = http.get("health", null).json().path("refusedConfiguration");
                for (JsonNode r : refused) {
                    if (r.get("pid").asText().equals("org.branchdesk.relationship.care")) {
                        refusal = r;
                    }
                }
                Thread.sleep(100);
            }
            assertTrue("the refusal is shown to branch IT", refusal != null);
            assertTrue(refusal.toString(), refusal.get("errors").toString().contains("holidays: 'Spring Festival' is not YYYY-MM-DD=name"));
            assertTrue("the last good configuration is kept", find(inbox(cm1, "cm1"), "R001", ref) != null);
        } finally {
            care.delete();
        }
    }
}
