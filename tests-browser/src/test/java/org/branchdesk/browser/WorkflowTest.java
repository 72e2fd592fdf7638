package org.branchdesk.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The branch's day in the browser: the lobby routes a premium customer, the counter calls the ticket
 * (by button and by F2), the customer's manager sees the notice; identifiers masked for the lobby and
 * in full for the teller; the lobby page's layout on a laptop and a tablet.
 */
public class WorkflowTest extends BrowserTestBase {

    /** The identifiers the server masks for some roles. */
    static final List<String> IDENTIFIERS = List.of("idNumber", "phone", "cardNumber", "cardNumbers");

    @Test
    public void aPremiumArrivalIsRoutedCalledAtTheCounterAndNoticedByItsManager() {
        JsonNode customer = premiumCustomerOf("demo.cm");
        String card = customer.get("cardNumbers").get(0).asText();
        String name = customer.get("name").asText();
        drainQueue("PRIORITY_WINDOW");

        // the lobby manager at the door: the card, the purpose, register
        ws.home().login("demo.lobby");
        ws.go("lobby");
        Map<String, String> answer = registerArrival(ws, card, "CASH");
        assertTrue(answer.toString(), answer.get("segment").length() > 0);
        assertTrue(answer.toString(), answer.get("manager").contains("demo.cm") || answer.get("manager").contains("Customer manager (demo)"));
        assertTrue(answer.toString(), answer.get("point").length() > 0);
        String ticket = answer.get("ticket");
        assertTrue(answer.toString(), Pattern.compile("P\\d{3}").matcher(ticket).find());
        ticket = firstMatch("P\\d{3}", ticket);
        ws.screenshot("lobby");
        // the board shows it waiting
        String waiting = ticket;
        ws.waiting().until(d -> !d.findElements(By.cssSelector("#queue-board [data-ticket='" + waiting + "']")).isEmpty());

        // the teller calls it
        try (Workspace teller = anotherBrowser()) {
            teller.home().login("demo.teller");
            teller.go("counter");
            choosePoint(teller, "PRIORITY_WINDOW");
            teller.waitClickable(By.id("call-next")).click();
            assertEquals(ticket, currentTicket(teller));
            teller.screenshot("counter");
            assertEquals(List.of(), teller.severeConsole());
        }

        // the customer's manager is told
        try (Workspace cm = anotherBrowser()) {
            cm.home().login("demo.cm");
            cm.go("manager");
            String id = customer.get("id").asText();
            cm.waiting().until(d -> d.findElements(By.cssSelector("#notices [data-notice]")).stream()
                    .anyMatch(n -> n.getText().contains(name) || n.getText().contains(id)));
            cm.screenshot("manager");
            assertEquals(List.of(), cm.severeConsole());
        }
        assertEquals(List.of(), ws.severeConsole());
    }

    @Test
    public void theCounterIsUsableByKeyboardAndF2Calls() {
        drainQueue("PRIORITY_WINDOW");
        String lobby = rest.login("demo.lobby");
        JsonNode customer = premiumCustomerOf("demo.cm");
        JsonNode arrival = rest.post("lobby/arrivals", lobby, Map.of("customerId", customer.get("id").asText(), "purpose", "CASH")).ok().json();
        String ticket = arrival.get("ticket").get("number").asText();

        ws.home().login("demo.teller");
        ws.go("counter");
        choosePoint(ws, "PRIORITY_WINDOW");
        // Tab from the top of the document reaches the call button
        ws.js("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        boolean reached = false;
        List<String> path = new ArrayList<>();
        for (int i = 0; i < 60 && !reached; i++) {
            ws.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            Object id = ws.js("return document.activeElement && (document.activeElement.id || document.activeElement.tagName)");
            path.add(String.valueOf(id));
            reached = "call-next".equals(id);
        }
        assertTrue("Tab reaches #call-next: " + path, reached);
        assertTrue("the focus is visible (an outline or a box shadow)", (Boolean) ws.js(
                "var s = getComputedStyle(document.activeElement); return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';"));
        // F2 calls, wherever the focus is: here on the document's body
        ws.js("document.activeElement && document.activeElement.blur();");
        new org.openqa.selenium.interactions.Actions(ws.driver()).sendKeys(Keys.F2).perform();
        assertEquals(ticket, currentTicket(ws));
        assertEquals(List.of(), ws.severeConsole());
    }

    @Test
    public void identifiersAreMaskedForTheLobbyAndInFullForTheTeller() {
        JsonNode full = premiumCustomerOf("demo.cm");
        String id = full.get("id").asText();
        List<String> secrets = new ArrayList<>(List.of(full.get("idNumber").asText(), full.get("phone").asText()));
        full.get("cardNumbers").forEach(c -> secrets.add(c.asText()));

        ws.home().login("demo.lobby");
        WebElement view = openCustomer(ws, full.get("cardNumbers").get(0).asText(), id);
        List<WebElement> fields = identifierFields(view);
        assertFalse("identifier fields [data-field] in the view", fields.isEmpty());
        for (WebElement field : fields) {
            assertTrue(field.getAttribute("data-field") + " masked: " + field.getText(), field.getText().contains("*"));
        }
        String text = ws.pageText();
        for (String secret : secrets) {
            assertFalse("no full identifier " + secret + " on the lobby manager's screen", text.replace(" ", "").contains(secret));
        }
        ws.screenshot("customer");
        assertEquals(List.of(), ws.severeConsole());

        try (Workspace teller = anotherBrowser()) {
            teller.home().login("demo.teller");
            WebElement tellerView = openCustomer(teller, full.get("cardNumbers").get(0).asText(), id);
            String shown = String.join("|", identifierFields(tellerView).stream().map(WebElement::getText).toList());
            for (String secret : secrets) {
                assertTrue("the teller sees " + secret + " in " + shown, shown.replace(" ", "").contains(secret));
            }
        }
    }

    @Test
    public void markupFromTheServerIsShownAsCharactersNeverRun() {
        String markup = "<img src=x onerror=\"window.__xss=1\"><b>bold</b><script>window.__xss=2</script>";
        String teller = rest.login("demo.teller");
        JsonNode complaint = rest.post("complaints", teller, Map.of("customerId", "D00003", "channel", "COUNTER",
                "category", "WAITING_TIME", "severity", "LOW", "description", markup)).ok().json();
        String id = complaint.get("id").asText();

        // the centre head's inbox holds every complaint of the branch
        ws.home().login("demo.head");
        ws.go("complaints");
        ws.waitReady("complaints");
        ws.waitFor(By.cssSelector("#complaint-inbox [data-complaint-id='" + id + "'] button")).click();
        WebElement detail = ws.waitFor(By.id("complaint-detail"));
        ws.waiting().until(d -> detail.getText().contains("<img src=x"));
        assertTrue(detail.getText(), detail.getText().contains("<b>bold</b><script>window.__xss=2</script>"));
        assertTrue("no element came from the text", detail.findElements(By.cssSelector("img, b, script")).isEmpty());
        assertEquals("nothing of it ran", null, ws.js("return window.__xss === undefined ? null : window.__xss;"));
        assertEquals(List.of(), ws.severeConsole());
    }

    @Test
    public void theLobbyPageFitsALaptopAndATablet() {
        ws.home().login("demo.lobby");
        ws.go("lobby");
        StringBuilder problems = new StringBuilder();
        for (int[] size : new int[][] {{1366, 768}, {1024, 768}, {768, 1024}}) {
            ws.viewport(size[0], size[1]);
            ws.waitReady("lobby");
            long scroll = ((Number) ws.js("return document.scrollingElement.scrollWidth")).longValue();
            long inner = ((Number) ws.js("return window.innerWidth")).longValue();
            if (scroll > inner) {
                problems.append(size[0]).append('×').append(size[1]).append(": scrollWidth ").append(scroll)
                        .append(" > innerWidth ").append(inner).append('\n');
            }
            if (size[0] == 768) {
                ws.screenshot("lobby-tablet");
            }
        }
        ws.viewport(Browser.WIDTH, Browser.HEIGHT);
        assertEquals("no horizontal scrollbar", "", problems.toString());
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** A private or high-end demo customer of {@code manager} with a card, as the teller reads it (in full). */
    static JsonNode premiumCustomerOf(String manager) {
        String teller = rest.login("demo.teller");
        for (int i = 1; i <= 60; i++) {
            Rest.Answer a = rest.get(String.format("customers/D%05d", i), teller);
            if (a.status() != 200) {
                continue;
            }
            JsonNode c = a.json();
            String segment = c.path("segment").asText();
            if (manager.equals(c.path("manager").asText()) && ("PRIVATE".equals(segment) || segment.startsWith("HIGH"))
                    && c.path("cardNumbers").size() > 0 && !c.path("phone").isNull()) {
                return c;
            }
        }
        throw new AssertionError("no premium demo customer of " + manager + " with a card");
    }

    /** Calls and finishes every ticket waiting at {@code point}, so that the next one is the test's. */
    static void drainQueue(String point) {
        String teller = rest.login("demo.teller");
        for (int i = 0; i < 100; i++) {
            Rest.Answer called = rest.post("lobby/queues/" + point + "/call", teller, Map.of("counter", "drain"));
            if (called.status() == 204) {
                return;
            }
            called.ok();
            rest.post("lobby/tickets/" + called.json().get("id").asText() + "/done", teller, null).ok();
        }
        throw new AssertionError("the queue " + point + " did not empty");
    }

    /** Registers an arrival on the lobby page by card and purpose; answers the {@code [data-answer]} texts. */
    static Map<String, String> registerArrival(Workspace ws, String card, String purpose) {
        WebElement kind = ws.waitFor(By.id("arrival-kind"));
        if ("select".equals(kind.getTagName())) {
            selectMatching(new Select(kind), "card", "卡");
        }
        WebElement input = ws.waitFor(By.id("arrival-identifier"));
        input.clear();
        input.sendKeys(card);
        new Select(ws.waitFor(By.id("arrival-purpose"))).selectByValue(purpose);
        ws.waitClickable(By.id("register-arrival")).click();
        WebElement answer = ws.waiting().until(d -> {
            List<WebElement> t = d.findElements(By.cssSelector("#arrival-answer [data-answer=ticket]"));
            return !t.isEmpty() && !t.get(0).getText().isBlank() ? d.findElement(By.id("arrival-answer")) : null;
        });
        Map<String, String> texts = new java.util.HashMap<>();
        for (String key : List.of("name", "segment", "premium", "manager", "point", "ticket")) {
            List<WebElement> e = answer.findElements(By.cssSelector("[data-answer=" + key + "]"));
            texts.put(key, e.isEmpty() ? "" : e.get(0).getText());
        }
        return texts;
    }

    static void choosePoint(Workspace ws, String point) {
        WebElement select = ws.waitFor(By.id("counter-point"));
        if ("select".equals(select.getTagName())) {
            new Select(select).selectByValue(point);
        }
    }

    static String currentTicket(Workspace ws) {
        return ws.waiting().until(d -> {
            List<WebElement> n = d.findElements(By.cssSelector("#current-ticket [data-ticket-number]"));
            if (n.isEmpty()) {
                return null;
            }
            String text = n.get(0).getText().trim();
            String attr = n.get(0).getAttribute("data-ticket-number");
            String number = attr != null && !attr.isBlank() ? attr : text;
            return number.isBlank() ? null : firstMatch("[A-Z]\\d{3}", number);
        });
    }

    /** Searches the customer page for {@code query} and opens {@code id}; answers {@code #customer-view}. */
    static WebElement openCustomer(Workspace ws, String query, String id) {
        ws.go("customer");
        WebElement search = ws.waitFor(By.id("customer-search"));
        search.clear();
        search.sendKeys(query);
        ws.waitClickable(By.id("customer-search-go")).click();
        WebElement row = ws.waitFor(By.cssSelector("#customer-results [data-customer-id='" + id + "']"));
        // the row itself when it is the link or button, else the button or link in it
        List<WebElement> inside = row.findElements(By.cssSelector("button, a[href]"));
        (inside.isEmpty() ? row : inside.get(0)).click();
        return ws.waiting().until(d -> {
            List<WebElement> v = d.findElements(By.id("customer-view"));
            return !v.isEmpty() && !v.get(0).findElements(By.cssSelector("[data-field]")).isEmpty() ? v.get(0) : null;
        });
    }

    static List<WebElement> identifierFields(WebElement view) {
        return view.findElements(By.cssSelector("[data-field]")).stream()
                .filter(f -> IDENTIFIERS.contains(f.getAttribute("data-field")) && !f.getText().isBlank()).toList();
    }

    static void selectMatching(Select select, String... words) {
        for (WebElement option : select.getOptions()) {
            String both = (option.getAttribute("value") + " " + option.getText()).toLowerCase(Locale.ROOT);
            for (String w : words) {
                if (both.contains(w)) {
                    select.selectByValue(option.getAttribute("value"));
                    return;
                }
            }
        }
        throw new AssertionError("no option like " + List.of(words) + " in " + select.getOptions().stream()
                .map(o -> o.getAttribute("value")).toList());
    }

    static String firstMatch(String regex, String text) {
        java.util.regex.Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group() : text;
    }
}
