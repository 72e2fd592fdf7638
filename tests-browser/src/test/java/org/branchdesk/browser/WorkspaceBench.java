package org.branchdesk.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The workspace's first load in headless Chromium (bench/workspace.sh): bytes and requests of a
 * first visit (load {@code /}, sign in through the form, the first page ready), and the time from
 * navigation start to {@code performance.mark('branchdesk:ready:<page>')}, cold (a fresh profile:
 * nothing cached) and warm (the same profile again: every file revalidated, 304).
 *
 * <pre>
 * java ... WorkspaceBench [--url http://localhost:8080] [--user demo.lobby] [--page lobby] [--runs 5] [--out FILE]
 * </pre>
 * Without {@code --url} it starts a demo branch of its own (runtime/branchdesk --demo) and stops it after.
 */
public final class WorkspaceBench {

    /** Sums of the navigation entry and every resource entry of the current document. */
    private static final String ENTRIES = """
            const entries = [performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')];
            const mark = performance.getEntriesByName('branchdesk:ready:' + arguments[0], 'mark')[0];
            return {
              requests: entries.length,
              transferBytes: entries.reduce((s, e) => s + (e.transferSize || 0), 0),
              encodedBytes: entries.reduce((s, e) => s + (e.encodedBodySize || 0), 0),
              decodedBytes: entries.reduce((s, e) => s + (e.decodedBodySize || 0), 0),
              api: entries.filter(e => e.name.includes('/api/')).length,
              ready: mark ? mark.startTime : -1,
              files: entries.map(e => [e.name.replace(location.origin, ''), e.transferSize || 0, e.encodedBodySize || 0]),
            };""";

    private WorkspaceBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>(Map.of("--user", "demo.lobby", "--page", "lobby", "--runs", "5"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i], args[i + 1]);
        }
        String user = opt.get("--user");
        String page = opt.get("--page");
        int runs = Integer.parseInt(opt.get("--runs"));
        BranchRuntime own = null;
        String base = opt.get("--url");
        if (base == null) {
            System.err.println("starting a demo branch (runtime/branchdesk --demo) ...");
            own = BranchRuntime.startDemo("bench", null);
            base = own.baseUrl();
        }
        base = base.replaceAll("/+$", "");
        try {
            Rest rest = new Rest(base);
            ObjectNode result = Rest.MAPPER.createObjectNode();
            result.put("measured", Instant.now().toString());
            result.put("url", base);
            result.put("user", user);
            result.put("page", page);
            result.put("runs", runs);
            result.put("browser", chromiumVersion());
            ArrayNode firstVisits = result.putArray("firstVisit");
            ArrayNode cold = result.putArray("cold");
            ArrayNode warm = result.putArray("warm");
            Map<String, Object> lastFiles = null;
            for (int run = 0; run < runs; run++) {
                // 1. a first visit as a person makes it: /, the sign-in form, the first page
                ChromeDriver driver = Browser.start();
                try {
                    Workspace ws = new Workspace(driver, base);
                    ws.viewport(Browser.WIDTH, Browser.HEIGHT);
                    ws.home();
                    ws.submitLogin(user, "admin".equals(user) ? BranchRuntime.ADMIN_PASSWORD : BranchRuntime.DEMO_PASSWORD);
                    ws.waitReady(page);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> m = (Map<String, Object>) ws.js(ENTRIES, page);
                    lastFiles = m;
                    firstVisits.add(row(m));
                } finally {
                    Browser.quit(driver);
                }
                // 2. cold: a fresh profile opens the workspace with a session (no typing in the time)
                String token = rest.login(user);
                driver = Browser.start();
                try {
                    Workspace ws = new Workspace(driver, base);
                    ws.viewport(Browser.WIDTH, Browser.HEIGHT);
                    driver.get(base + "/api/health"); // the origin, for its sessionStorage; none of the workspace's files
                    ws.js("sessionStorage.setItem('branchdesk.token', arguments[0])", token);
                    cold.add(row(load(ws, page)));
                    // 3. warm: the same tab loads it again (its files revalidated)
                    warm.add(row(load(ws, page)));
                } finally {
                    Browser.quit(driver);
                }
                System.err.printf("run %d: first visit %s | cold %s | warm %s%n", run + 1, firstVisits.get(run), cold.get(run), warm.get(run));
            }
            result.set("summary", summary(firstVisits, cold, warm));
            if (lastFiles != null) {
                result.set("files", Rest.MAPPER.valueToTree(lastFiles.get("files")));
            }
            String json = Rest.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(result);
            System.out.println(json);
            if (opt.containsKey("--out")) {
                Path out = Path.of(opt.get("--out"));
                if (out.getParent() != null) {
                    Files.createDirectories(out.getParent());
                }
                Files.writeString(out, json + "\n");
            }
        } finally {
            if (own != null) {
                own.close();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(Workspace ws, String page) {
        ws.driver().get("about:blank");
        ws.driver().get(ws.base() + "/#/" + page);
        ws.waitReady(page);
        ws.waitFor(By.id("sign-out"));
        return (Map<String, Object>) ws.js(ENTRIES, page);
    }

    private static ObjectNode row(Map<String, Object> m) {
        ObjectNode row = Rest.MAPPER.createObjectNode();
        for (String key : List.of("requests", "api", "transferBytes", "encodedBytes", "decodedBytes")) {
            row.put(key, ((Number) m.get(key)).longValue());
        }
        row.put("readyMs", Math.round(((Number) m.get("ready")).doubleValue()));
        return row;
    }

    private static ObjectNode summary(ArrayNode first, ArrayNode cold, ArrayNode warm) {
        ObjectNode s = Rest.MAPPER.createObjectNode();
        s.put("firstVisitRequests", median(first, "requests"));
        s.put("firstVisitTransferKB", median(first, "transferBytes") / 1024.0);
        s.put("firstVisitEncodedKB", median(first, "encodedBytes") / 1024.0);
        s.put("coldReadyMsMedian", median(cold, "readyMs"));
        s.put("coldReadyMsMax", max(cold, "readyMs"));
        s.put("coldRequests", median(cold, "requests"));
        s.put("coldTransferKB", median(cold, "transferBytes") / 1024.0);
        s.put("warmReadyMsMedian", median(warm, "readyMs"));
        s.put("warmReadyMsMax", max(warm, "readyMs"));
        s.put("warmRequests", median(warm, "requests"));
        s.put("warmTransferKB", median(warm, "transferBytes") / 1024.0);
        return s;
    }

    private static long median(ArrayNode rows, String key) {
        long[] v = values(rows, key);
        return v.length == 0 ? -1 : v[v.length / 2];
    }

    private static long max(ArrayNode rows, String key) {
        long[] v = values(rows, key);
        return v.length == 0 ? -1 : v[v.length - 1];
    }

    private static long[] values(ArrayNode rows, String key) {
        List<Long> list = new ArrayList<>();
        rows.forEach(r -> list.add(r.get(key).asLong()));
        long[] v = list.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(v);
        return v;
    }

    private static String chromiumVersion() {
        try {
            Process p = new ProcessBuilder(Browser.CHROMIUM.toString(), "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor();
            return out.lines().reduce((a, b) -> b).orElse(out);
        } catch (Exception e) {
            return "unknown";
        }
    }
}
