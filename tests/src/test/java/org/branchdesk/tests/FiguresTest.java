package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import org.branchdesk.platform.figures.Figure;
import org.branchdesk.platform.figures.FigurePeriod;
import org.branchdesk.platform.figures.FigurePoint;
import org.branchdesk.platform.figures.FigureSource;
import org.branchdesk.platform.figures.FigureUnit;
import org.branchdesk.platform.figures.ManagerFigure;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code GET /api/figures} (the centre head's dashboard) with an integrator's figure source coming
 * and going and one that fails, and {@code GET /api/admin/configuration} (the branch IT page).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FiguresTest extends BranchdeskTestSupport {

    /** An integrator's figures: visits per day, per manager, checking its caller like every service. */
    static final class AcmeVisits implements FigureSource {
        @Override
        public List<Figure> figures(FigurePeriod period, Caller caller) {
            caller.require(java.util.Set.of(Role.CENTER_HEAD), "reading Acme's figures");
            return List.of(new Figure("acme.visits", Map.of("en", "Acme visits", "zh-CN", "Acme 拜访"),
                    Map.of("en", "Visits recorded in Acme, per day.", "zh-CN", "Acme 中记录的每日拜访。"), FigureUnit.COUNT,
                    (double) period.days(), 10.0, 2.0,
                    List.of(new FigurePoint(period.from(), 1), new FigurePoint(period.to(), 3)),
                    List.of(new ManagerFigure("cm1", "Manager One", 4))));
        }
    }

    /** A source whose data is gone. */
    static final class BrokenSource implements FigureSource {
        @Override
        public List<Figure> figures(FigurePeriod period, Caller caller) {
            throw new IllegalStateException("the Acme database is down");
        }
    }

    @Test
    public void theCentreHeadReadsTheFiguresOfAPeriod() {
        String head = staff("head1", "CENTER_HEAD");
        Http.Reply reply = http.get("figures?from=2026-11-01&to=2026-11-30", head);
        assertEquals(reply.toString(), 200, reply.status());
        JsonNode body = reply.json();
        assertEquals("WEALTH_CENTER", body.get("centre").get("tier").asText());
        assertFalse(body.get("centre").get("id").asText().isEmpty());
        assertEquals("2026-11-01", body.get("from").asText());
        assertEquals("2026-11-30", body.get("to").asText());
        assertTrue(body.get("figures").isArray());
        assertTrue(body.get("unavailable").isArray());
        // by default the 30 days up to today
        JsonNode byDefault = http.get("figures", head).json();
        assertEquals(LocalDate.now().toString(), byDefault.get("to").asText());
        assertEquals(LocalDate.now().minusDays(29).toString(), byDefault.get("from").asText());
    }

    @Test
    public void aTellerMayNotReadThem() {
        assertEquals(403, http.get("figures", staff("teller1", "TELLER")).status());
        assertEquals(403, http.get("figures", admin()).status());
    }

    @Test
    public void aBadPeriodIs400NamingTheField() {
        String head = staff("head2", "CENTER_HEAD");
        Http.Reply month13 = http.get("figures?from=2026-13-01&to=2026-12-31", head);
        assertEquals(month13.toString(), 400, month13.status());
        assertEquals("from", month13.json().get("field").asText());
        Http.Reply backwards = http.get("figures?from=2026-11-30&to=2026-11-01", head);
        assertEquals(backwards.toString(), 400, backwards.status());
        assertEquals("to", backwards.json().get("field").asText());
        Http.Reply tooLong = http.get("figures?from=2025-01-01&to=2026-01-02", head);
        assertEquals(tooLong.toString(), 400, tooLong.status());
        assertTrue(tooLong.body(), tooLong.body().contains("366"));
        // 366 days is allowed
        assertEquals(200, http.get("figures?from=2025-01-01&to=2026-01-01", head).status());
    }

    @Test
    public void anIntegratorsSourceAppearsAndDisappears() {
        String head = staff("head3", "CENTER_HEAD");
        ServiceRegistration<FigureSource> acme = context.registerService(FigureSource.class, new AcmeVisits(), new Hashtable<>());
        try {
            JsonNode visits = figure(http.get("figures?from=2026-11-01&to=2026-11-10", head).json(), "acme.visits");
            assertNotNull("acme.visits is served", visits);
            assertEquals("COUNT", visits.get("unit").asText());
            assertEquals(10.0, visits.get("value").asDouble(), 0.0);
            assertEquals("Acme 拜访", visits.get("title").get("zh-CN").asText());
            assertEquals(2, visits.get("series").size());
            assertEquals("2026-11-10", visits.get("series").get(1).get("date").asText());
            assertEquals("cm1", visits.get("managers").get(0).get("username").asText());
        } finally {
            acme.unregister();
        }
        assertEquals(null, figure(http.get("figures?from=2026-11-01&to=2026-11-10", head).json(), "acme.visits"));
    }

    @Test
    public void aFailingSourceIsListedAndTheRestStillCome() {
        String head = staff("head4", "CENTER_HEAD");
        ServiceRegistration<FigureSource> acme = context.registerService(FigureSource.class, new AcmeVisits(), new Hashtable<>());
        ServiceRegistration<FigureSource> broken = context.registerService(FigureSource.class, new BrokenSource(), new Hashtable<>());
        try {
            Http.Reply reply = http.get("figures?from=2026-11-01&to=2026-11-10", head);
            assertEquals(reply.toString(), 200, reply.status());
            assertNotNull(figure(reply.json(), "acme.visits"));
            JsonNode unavailable = reply.json().get("unavailable");
            assertEquals(unavailable.toString(), 1, unavailable.size());
            assertEquals("BrokenSource", unavailable.get(0).get("source").asText());
            assertFalse("the reason is in words, not the exception", unavailable.get(0).get("reason").asText().contains("Acme database"));
        } finally {
            broken.unregister();
            acme.unregister();
        }
    }

    @Test
    public void branchItReadsTheConfigurationInForceAndTheRefusals() throws Exception {
        String admin = admin();
        JsonNode all = http.get("admin/configuration", admin).json();
        JsonNode branch = pid(all, "org.branchdesk.branch");
        assertNotNull(all.toString(), branch);
        assertEquals("DEFAULTS", branch.get("source").asText());
        assertTrue(branch.get("refusal").isNull());
        JsonNode id = property(branch, "id");
        assertEquals("String", id.get("type").asText());
        assertTrue(id.get("isDefault").asBoolean());
        assertFalse(id.get("description").asText().isEmpty());
        assertNotNull(property(branch, "tier"));
        // passwords are masked; numbers named after them are not
        JsonNode password = property(pid(all, "org.branchdesk.database"), "password");
        assertEquals("Password", password.get("type").asText());
        assertTrue(password.toString(), List.of("", "********").contains(password.get("value").asText()));
        assertEquals("600000", property(pid(all, "org.branchdesk.security"), "passwordIterations").get("value").asText());

        Configuration config = context.getService(context.getServiceReference(ConfigurationAdmin.class)).getConfiguration("org.branchdesk.branch", "?");
        Dictionary<String, Object> wrong = new Hashtable<>();
        wrong.put("id", "110-0099");
        wrong.put("tier", "palace");
        config.update(wrong);
        try {
            JsonNode refused = awaitRefusal(admin, "org.branchdesk.branch");
            assertEquals("RUNTIME", refused.get("source").asText());
            assertFalse(refused.get("refusal").get("at").asText().isEmpty());
            assertTrue(refused.toString(), refused.get("refusal").get("errors").toString().contains("tier: 'palace' is not one of"));
            JsonNode inForce = property(refused, "id");
            assertFalse("the components run on the defaults, not the refused id", "110-0099".equals(inForce.get("value").asText()));
            assertTrue(inForce.get("isDefault").asBoolean());
        } finally {
            config.delete();
        }
        http.awaitHealthy(Duration.ofSeconds(30));
    }

    @Test
    public void theConfigurationIsForBranchItOnly() {
        assertEquals(403, http.get("admin/configuration", staff("head5", "CENTER_HEAD")).status());
        assertEquals(401, http.get("admin/configuration", null).status());
    }

    private JsonNode awaitRefusal(String admin, String pid) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode found = pid(http.get("admin/configuration", admin).json(), pid);
        while ((found == null || found.get("refusal").isNull()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            found = pid(http.get("admin/configuration", admin).json(), pid);
        }
        assertNotNull(found);
        assertFalse(found.toString(), found.get("refusal").isNull());
        return found;
    }

    private static JsonNode figure(JsonNode answer, String id) {
        for (JsonNode f : answer.get("figures")) {
            if (id.equals(f.get("id").asText())) {
                return f;
            }
        }
        return null;
    }

    private static JsonNode pid(JsonNode all, String pid) {
        for (JsonNode p : all) {
            if (pid.equals(p.get("pid").asText())) {
                return p;
            }
        }
        return null;
    }

    private static JsonNode property(JsonNode pid, String id) {
        for (JsonNode p : pid.get("properties")) {
            if (id.equals(p.get("id").asText())) {
                return p;
            }
        }
        throw new AssertionError("no property " + id + " in " + pid);
    }
}
