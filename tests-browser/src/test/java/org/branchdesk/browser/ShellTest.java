package org.branchdesk.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

/** The shell: sign-in per role and each role's pages, errors, sign-out, language, the token, the CSP. */
public class ShellTest extends BrowserTestBase {

    /** Each demo account, the pages its roles open (docs/workspace.md), the first one its main page. */
    static final Map<String, List<String>> PAGES = new LinkedHashMap<>();
    static {
        PAGES.put("demo.lobby", List.of("lobby", "customer", "complaints"));
        PAGES.put("demo.teller", List.of("counter", "requests", "customer", "complaints"));
        PAGES.put("demo.officer", List.of("counter", "requests", "authorise", "customer", "complaints"));
        PAGES.put("demo.supervisor", List.of("authorise", "customer", "complaints"));
        PAGES.put("demo.cm", List.of("manager", "customer", "complaints"));
        PAGES.put("demo.head", List.of("dashboard", "lobby", "authorise", "customer", "manager", "complaints"));
        PAGES.put("admin", List.of("it"));
        PAGES.put("demo.auditor", List.of("audit"));
    }

    /** Main pages whose screenshot WorkflowTest takes with data on them (an arrival, a called ticket, a notice, a customer). */
    static final java.util.Set<String> SHOWN_BY_FLOWS = java.util.Set.of("lobby", "counter", "manager", "customer");

    @Test
    public void eachRoleSeesItsPagesAndEachPageMounts() {
        StringBuilder problems = new StringBuilder();
        for (Map.Entry<String, List<String>> account : PAGES.entrySet()) {
            ws.home().login(account.getKey());
            List<String> nav = ws.navPages();
            for (String page : account.getValue()) {
                if (!nav.contains(page)) {
                    problems.append(account.getKey()).append(": no #nav-").append(page).append(" in ").append(nav).append('\n');
                }
            }
            for (String page : nav) {
                if (!account.getValue().contains(page)) {
                    problems.append(account.getKey()).append(": #nav-").append(page).append(" is not for this role\n");
                }
            }
            boolean first = true;
            for (String page : account.getValue()) {
                if (!nav.contains(page)) {
                    continue;
                }
                try {
                    ws.go(page);
                    if (first && !SHOWN_BY_FLOWS.contains(page)) {
                        ws.screenshot(page);
                    }
                } catch (RuntimeException e) {
                    problems.append(account.getKey()).append(": page ").append(page).append(" did not get ready: ")
                            .append(e.getMessage().lines().findFirst().orElse("")).append('\n');
                }
                first = false;
            }
            assertTrue(ws.waitFor(By.id("current-user")).getText().length() > 0);
            List<String> severe = ws.severeConsole();
            if (!severe.isEmpty()) {
                problems.append(account.getKey()).append(": console errors ").append(severe).append('\n');
            }
            ws.signOut();
        }
        assertEquals("", problems.toString());
    }

    @Test
    public void aWrongPasswordIsShownAsAnAlert() {
        ws.home().submitLogin("demo.lobby", "not-the-password");
        WebElement alert = ws.waiting().until(d -> {
            WebElement a = d.findElement(By.cssSelector("#login [role=alert]"));
            return a.getText().isBlank() ? null : a;
        });
        assertTrue(alert.getText(), alert.getText().length() > 3);
        assertFalse(ws.present(By.id("sign-out")));
        assertNotNull(ws.js("return document.getElementById('login')"));
        ws.screenshot("login-failed");
    }

    @Test
    public void signOutEndsTheSessionAndForgetsTheToken() {
        ws.home().login("demo.lobby");
        assertNotNull(ws.js("return sessionStorage.getItem('branchdesk.token')"));
        ws.signOut();
        assertEquals(null, ws.js("return sessionStorage.getItem('branchdesk.token')"));
        ws.driver().navigate().refresh();
        ws.waitFor(By.id("login"));
    }

    @Test
    public void theTokenLivesInSessionStorageOnly() {
        ws.home().login("demo.teller");
        String token = (String) ws.js("return sessionStorage.getItem('branchdesk.token')");
        assertNotNull("the token in sessionStorage", token);
        String local = (String) ws.js("var s=''; for (var i=0;i<localStorage.length;i++){var k=localStorage.key(i); s+=k+'='+localStorage.getItem(k)+'\\n';} return s;");
        assertFalse("localStorage holds no token: " + local, local.contains(token));
        String cookies = (String) ws.js("return document.cookie");
        assertFalse("no token in a cookie", cookies.contains(token));
        // a new tab is a new session: it has to sign in
        String first = ws.driver().getWindowHandle();
        ws.driver().switchTo().newWindow(WindowType.TAB);
        ws.home();
        ws.waitFor(By.id("login"));
        assertFalse(ws.present(By.id("sign-out")));
        ws.driver().close();
        ws.driver().switchTo().window(first);
        // the first tab keeps its session over a reload
        ws.driver().navigate().refresh();
        ws.waitFor(By.id("sign-out"));
    }

    @Test
    public void theLanguageSwitchesToChineseAndBack() {
        ws.home().login("demo.lobby");
        String page = ws.navPages().isEmpty() ? null : ws.navPages().get(0);
        if (page != null) {
            ws.go(page);
        }
        String enNav = navText();
        ws.language("zh-CN");
        ws.waiting().until(d -> "zh-CN".equals(ws.js("return document.documentElement.lang")));
        ws.waitFor(By.id("sign-out"));
        assertTrue("sign-out in Chinese", ws.waitFor(By.id("sign-out")).getText().contains("退出"));
        if (page != null) {
            ws.waitReady(page);
            String zhNav = navText();
            assertTrue("nav in Chinese: " + zhNav, Pattern.compile("\\p{IsHan}").matcher(zhNav).find());
            assertFalse(zhNav.equals(enNav));
            if ("lobby".equals(page)) {
                assertTrue(zhNav, zhNav.contains("大堂"));
            }
            String headings = headings(page);
            assertTrue("the page's headings in Chinese: " + headings, headings.isEmpty()
                    || Pattern.compile("\\p{IsHan}").matcher(headings).find());
            ws.screenshot(page + "-zh");
        }
        ws.language("en");
        ws.waiting().until(d -> "en".equals(ws.js("return document.documentElement.lang")));
        assertEquals("Sign out", ws.waitFor(By.id("sign-out")).getText());
        if (page != null) {
            ws.waitReady(page);
            assertEquals(enNav, navText());
        }
    }

    @Test
    public void theWorkspaceIsServedWithAStrictCspAndNoInlineScript() {
        Rest.Answer index = rest.get("/", null).ok();
        String csp = index.response().headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp, csp.contains("script-src 'self'"));
        assertFalse(csp, csp.contains("unsafe-inline"));
        assertFalse(csp, csp.contains("unsafe-eval"));
        assertTrue(csp, csp.contains("default-src 'none'") || csp.contains("default-src 'self'"));
        String html = index.body();
        assertFalse("no inline <script>: " + html, Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE).matcher(html).find());
        assertFalse("no inline handler: " + html, Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find());
        assertFalse("no inline style: " + html, Pattern.compile("\\sstyle\\s*=|<style", Pattern.CASE_INSENSITIVE).matcher(html).find());
        // the browser applies it: no violation while a page is used
        ws.home().login("demo.lobby");
        assertEquals(List.of(), ws.severeConsole());
    }

    private String navText() {
        return String.join("|", ws.all(By.cssSelector("nav a[id^='nav-']")).stream().map(WebElement::getText).toList());
    }

    private String headings(String page) {
        return String.join("|", ws.all(By.cssSelector("section[data-page='" + page + "'] h1, section[data-page='" + page + "'] h2"))
                .stream().map(WebElement::getText).toList());
    }
}
