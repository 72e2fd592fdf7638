package org.branchdesk.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * Rebuilds results/README.md, results/results.json and results/chart.png from every results/<N>.json
 * (embedded Derby); the PostgreSQL runs, results/<N>-postgres.json, get tables of their own in
 * README.md (with the two-runtime lines), and are not in results.json or the chart.
 */
final class Report {

    private static final String[] LOADS = { "identification", "unified view", "search", "trivial", "audited read",
        "periodic sync: identification", "periodic sync: unified view" };
    private static final Color[] COLORS = { new Color(0xd62728), new Color(0x1f77b4), new Color(0x2ca02c), new Color(0x7f7f7f),
        new Color(0x9467bd), new Color(0xff7f0e), new Color(0x17becf) };

    /** Rebuilds the report from the JSON files alone: {@code java -cp ... org.branchdesk.bench.Report bench/results}. */
    public static void main(String[] args) throws IOException {
        write(Path.of(args.length > 0 ? args[0] : "bench/results"));
    }

    static void write(Path results) throws IOException {
        List<JsonNode> runs = read(results, "\\d+\\.json");
        ArrayNode all = Branch.JSON.createArrayNode();
        runs.forEach(all::add);
        Branch.JSON.writeValue(results.resolve("results.json").toFile(), all);
        List<JsonNode> postgres = read(results, "\\d+-postgres\\.json");
        Files.writeString(results.resolve("README.md"), markdown(runs) + postgres(postgres) + sideBySide(runs, postgres));
        chart(runs, results.resolve("chart.png"));
    }

    private static List<JsonNode> read(Path results, String pattern) throws IOException {
        List<JsonNode> runs = new ArrayList<>();
        try (Stream<Path> files = Files.list(results)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches(pattern)).toList()) {
                runs.add(Branch.JSON.readTree(f.toFile()));
            }
        }
        runs.sort(Comparator.comparingInt(r -> r.get("n").asInt()));
        return runs;
    }

    /** A write line's throughput as a fraction of the durable write's; a dash for other lines and for runs from before it. */
    private static String ofDurableWrite(JsonNode l) {
        return l.has("ofDurableWrite") ? Math.round(l.get("ofDurableWrite").asDouble() * 100) + " %" : "–";
    }

    /** An allocation run's line: seconds and customers allocated, or a dash for a run from before allocation existed. */
    private static String allocation(JsonNode a) {
        return a.isMissingNode() ? "–" : a.get("seconds") + " s (" + a.get("allocated") + " customers, " + a.get("unassigned") + " left)";
    }

    /** A campaign launch's line: seconds and targets frozen, or a dash for a run from before campaigns existed. */
    private static String campaign(JsonNode c) {
        return c.isMissingNode() ? "–" : c.get("seconds") + " s (" + c.get("targets") + " targets)";
    }

    static String markdown(List<JsonNode> runs) {
        StringBuilder md = new StringBuilder("# Benchmark results\n\n");
        if (runs.isEmpty()) {
            return md.toString();
        }
        JsonNode m = runs.get(runs.size() - 1).get("machine");
        md.append("Machine: ").append(m.get("cores")).append(" cores (").append(m.get("cpu").asText()).append("), ")
                .append(m.get("memoryGb")).append(" GB, ").append(m.get("java").asText()).append(", ").append(m.get("database").asText())
                .append(". Each row: `").append("bench/run.sh --n N").append("` (exact commands below). Targets are for N = 1,000,000.\n\n");
        imports(md, runs);
        loads(md, runs, false);
        md.append("| target | identification, view | | ≥ 50 % | | | p99 ≤ 10 (search ≤ 50) | | | |\n\n");
        counter(md, runs);
        for (JsonNode r : runs) {
            if (r.has("starts")) {
                md.append("Start (N = ").append(r.get("n")).append(" run; empty database, then a restart on it):\n\n")
                        .append("| tier | first start ms | restart ms | RSS after start MB |\n|---|---|---|---|\n");
                for (JsonNode s : r.get("starts")) {
                    md.append("| ").append(s.get("tier").asText()).append(" | ").append(s.get("firstStartMs")).append(" | ")
                            .append(s.get("startMs")).append(" | ").append(s.get("rssAfterStartMb")).append(" |\n");
                }
                md.append("| target | | ≤ 3000 (convenience store), ≤ 5000 (wealth centre) | ≤ 256 (convenience store) |\n\n");
            }
        }
        commands(md, runs);
        md.append("\n![latency and throughput against N](chart.png)\n");
        return md.toString();
    }

    /**
     * The PostgreSQL runs (bench/run.sh --db postgres): the same tables, and the two runtimes of
     * one branch on the one database beside the one runtime; empty if there are none.
     */
    static String postgres(List<JsonNode> runs) {
        if (runs.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("\n## On PostgreSQL\n\n");
        JsonNode first = runs.get(runs.size() - 1);
        md.append("The same branch on a PostgreSQL server of the benchmark's own, ").append(first.path("database").asText())
                .append(", fsync and synchronous commit on: `bench/run.sh --n N --tiers none --db postgres`. ")
                .append("\"Two runtimes\" lines: a second runtime of the branch on the same database, the same clients split evenly ")
                .append("over both; \"× one runtime\" is their combined throughput over the same endpoint's on one runtime.\n\n");
        imports(md, runs);
        loads(md, runs, true);
        md.append("| target | identification, view | | ≥ 50 % | | | | p99 ≤ 10 (search ≤ 50) | | | |\n\n");
        counter(md, runs);
        commands(md, runs);
        return md.toString();
    }

    /**
     * Derby and PostgreSQL measured by one {@code bench/run.sh --db both} (the same build, one after the
     * other on the same machine: the two files carry the same {@code pair}), figure by figure; empty if
     * no N has such a pair.
     */
    static String sideBySide(List<JsonNode> derby, List<JsonNode> postgres) {
        StringBuilder md = new StringBuilder();
        for (JsonNode pg : postgres) {
            JsonNode d = derby.stream().filter(r -> r.has("pair") && r.get("pair").equals(pg.get("pair")) && r.get("n").equals(pg.get("n")))
                    .findFirst().orElse(null);
            if (d == null || !pg.has("pair")) {
                continue;
            }
            if (md.length() == 0) {
                md.append("\n## Derby and PostgreSQL, one run\n\n")
                        .append("`bench/run.sh --n N --tiers none --db both`: the same build measures the branch on embedded Derby and then on ")
                        .append("a PostgreSQL server of its own on the same machine. For a time, PostgreSQL ÷ Derby below 1 is PostgreSQL faster; ")
                        .append("for req/s, above 1.\n\n");
            }
            md.append("N = ").append(pg.get("n")).append(" (").append(d.get("at").asText()).append(" and ").append(pg.get("at").asText())
                    .append(", ").append(pg.path("database").asText()).append(")\n\n")
                    .append("| | Derby | PostgreSQL | PostgreSQL ÷ Derby |\n|---|---|---|---|\n");
            JsonNode di = d.path("imports");
            JsonNode pi = pg.path("imports");
            seconds(md, "customers import", di.path("customers").path("seconds"), pi.path("customers").path("seconds"));
            seconds(md, "holdings import", di.path("holdings").path("seconds"), pi.path("holdings").path("seconds"));
            seconds(md, "one day of balances (median)", di.path("balancesDayMedianSeconds"), pi.path("balancesDayMedianSeconds"));
            seconds(md, "re-segmentation", d.path("segmentation").path("seconds"), pg.path("segmentation").path("seconds"));
            seconds(md, "allocation of the new premium customers", d.path("allocation").path("seconds"), pg.path("allocation").path("seconds"));
            seconds(md, "campaign launch", d.path("campaign").path("seconds"), pg.path("campaign").path("seconds"));
            rate(md, "ceiling (trivial)", d.path("ceiling"), pg.path("ceiling"), null, null);
            rate(md, "durable write", d.path("durableWrite"), pg.path("durableWrite"), null, null);
            List<JsonNode> lines = new ArrayList<>();
            pg.path("load").forEach(lines::add);
            pg.path("counter").path("load").forEach(lines::add);
            for (JsonNode l : lines) {
                String endpoint = l.get("endpoint").asText();
                if (endpoint.startsWith("trivial") || endpoint.startsWith("durable write") || endpoint.startsWith("two runtimes")) {
                    continue;
                }
                JsonNode other = line(d, endpoint);
                if (other != null) {
                    rate(md, endpoint, other.get("throughput"), l.get("throughput"), other.get("p99Ms"), l.get("p99Ms"));
                }
            }
            md.append("\n");
        }
        return md.toString();
    }

    private static JsonNode line(JsonNode run, String endpoint) {
        List<JsonNode> lines = new ArrayList<>();
        run.path("load").forEach(lines::add);
        run.path("counter").path("load").forEach(lines::add);
        return lines.stream().filter(l -> l.get("endpoint").asText().equals(endpoint)).findFirst().orElse(null);
    }

    private static void seconds(StringBuilder md, String what, JsonNode derby, JsonNode postgres) {
        if (derby.isNumber() && postgres.isNumber()) {
            md.append("| ").append(what).append(" | ").append(derby).append(" s | ").append(postgres).append(" s | ")
                    .append(String.format("%.2f", postgres.asDouble() / derby.asDouble())).append(" |\n");
        }
    }

    private static void rate(StringBuilder md, String what, JsonNode derby, JsonNode postgres, JsonNode derbyP99, JsonNode postgresP99) {
        if (derby != null && postgres != null && derby.isNumber() && postgres.isNumber()) {
            md.append("| ").append(what).append(" | ").append(derby).append(" req/s").append(derbyP99 == null ? "" : ", p99 " + derbyP99 + " ms")
                    .append(" | ").append(postgres).append(" req/s").append(postgresP99 == null ? "" : ", p99 " + postgresP99 + " ms")
                    .append(" | ").append(String.format("%.2f", postgres.asDouble() / derby.asDouble())).append(" |\n");
        }
    }

    private static void commands(StringBuilder md, List<JsonNode> runs) {
        md.append("Commands:\n\n");
        runs.forEach(r -> md.append("- N = ").append(r.get("n")).append(": `").append(r.get("command").asText().replace("--root . ", "")).append("` (")
                .append(r.get("at").asText()).append(")\n"));
    }

    private static void imports(StringBuilder md, List<JsonNode> runs) {
        md.append("| N | customers import | holdings import | one day of balances | re-segmentation | allocation of the new premium customers | campaign launch |\n|---|---|---|---|---|---|---|\n");
        for (JsonNode r : runs) {
            JsonNode i = r.get("imports");
            md.append("| ").append(r.get("n")).append(" | ").append(imp(i.get("customers"))).append(" | ").append(imp(i.get("holdings")))
                    .append(" | ").append(imp(i.get("balancesFirstDay"))).append(", median ").append(i.path("balancesDayMedianSeconds"))
                    .append(" s over ").append(i.path("balancesDays")).append(" days | ").append(r.get("segmentation").get("seconds"))
                    .append(" s | ").append(allocation(r.path("allocation"))).append(" | ").append(campaign(r.path("campaign"))).append(" |\n");
        }
        md.append("| target | customers + holdings ≤ 60 s | | ≤ 5 s | ≤ 30 s | ≤ 30 s for 100,000 | ≤ 60 s |\n\n");
    }

    /**
     * The load lines: "of durable write" for the write lines of runs that measured it; with
     * {@code runtimes}, the column "× one runtime" for the two-runtime lines (PostgreSQL).
     */
    private static void loads(StringBuilder md, List<JsonNode> runs, boolean runtimes) {
        md.append("| N | endpoint | req/s | of ceiling | of durable write |").append(runtimes ? " × one runtime |" : "")
                .append(" p50 ms | p99 ms | p99.9 ms | errors (warm-up) | RSS MB |\n|---|---|---|---|---|").append(runtimes ? "---|" : "")
                .append("---|---|---|---|---|\n");
        for (JsonNode r : runs) {
            for (JsonNode l : r.get("load")) {
                if (l.get("endpoint").asText().startsWith("trivial, again")) {
                    continue; // the ceiling's second measurement: in the JSON (the durable write's second is shown: 100 % is the one that counts)
                }
                md.append("| ").append(r.get("n")).append(" | ").append(l.get("endpoint").asText()).append(" | ")
                        .append(l.get("throughput")).append(" | ").append(Math.round(l.get("ofCeiling").asDouble() * 100)).append(" % | ")
                        .append(ofDurableWrite(l)).append(" | ");
                if (runtimes) {
                    md.append(l.has("ofOneRuntime") ? String.format("%.2f (one: %s req/s, p99 %s ms)", l.get("ofOneRuntime").asDouble(),
                            l.get("oneRuntime"), l.get("oneRuntimeP99Ms")) : "").append(" | ");
                }
                md.append(l.get("p50Ms")).append(" | ").append(l.get("p99Ms")).append(" | ").append(l.get("p999Ms")).append(" | ")
                        .append(l.get("errors")).append(l.has("warmupErrors") ? " (" + l.get("warmupErrors") + ")" : "").append(" | ")
                        .append(l.get("rssMb")).append(l.has("runtimes") ? " (" + l.get("runtimes") + " runtimes)" : "").append(" |\n");
            }
        }
    }

    private static String imp(JsonNode i) {
        return i == null || i.isMissingNode() ? "–" : i.get("seconds") + " s (" + i.get("rowsPerSecond") + " rows/s)";
    }

    static void chart(List<JsonNode> runs, Path png) throws IOException {
        int w = 1100;
        int h = 470;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        panel(g, runs, 60, 40, 460, 340, "p99 latency (ms)", "p99Ms");
        panel(g, runs, 600, 40, 460, 340, "throughput (requests/s)", "throughput");
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        for (int k = 0; k < LOADS.length; k++) {
            g.setColor(COLORS[k]);
            int row = k / 5;
            int col = k % 5;
            g.fillRect(60 + col * 200, 405 + row * 22, 14, 14);
            g.setColor(Color.BLACK);
            g.drawString(LOADS[k], 80 + col * 200, 417 + row * 22);
        }
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
    }

    private static void panel(Graphics2D g, List<JsonNode> runs, int x, int y, int w, int h, String title, String field) {
        double maxN = runs.stream().mapToDouble(r -> r.get("n").asDouble()).max().orElse(1);
        double minN = runs.stream().mapToDouble(r -> r.get("n").asDouble()).min().orElse(1);
        double maxV = 0;
        for (JsonNode r : runs) {
            for (JsonNode l : r.get("load")) {
                if (!l.get("endpoint").asText().startsWith("trivial, again")) {
                    maxV = Math.max(maxV, l.get(field).asDouble());
                }
            }
        }
        maxV = maxV <= 0 ? 1 : maxV * 1.1;
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(title + " against N", x, y - 12);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawRect(x, y, w, h);
        for (int t = 0; t <= 4; t++) {
            int py = y + h - t * h / 4;
            g.setColor(new Color(0xdddddd));
            g.drawLine(x + 1, py, x + w - 1, py);
            g.setColor(Color.BLACK);
            g.drawString(String.format(maxV * t / 4 >= 100 ? "%.0f" : "%.1f", maxV * t / 4), x - 45, py + 4);
        }
        double logMin = Math.log10(minN);
        double span = Math.max(1e-9, Math.log10(maxN) - logMin);
        for (JsonNode r : runs) {
            int px = px(x, w, r.get("n").asDouble(), logMin, span, runs.size());
            g.drawString(String.format("%,d", r.get("n").asInt()), px - 20, y + h + 16);
        }
        g.setStroke(new BasicStroke(2f));
        for (int k = 0; k < LOADS.length; k++) {
            g.setColor(COLORS[k]);
            int lastX = -1;
            int lastY = -1;
            for (JsonNode r : runs) {
                for (JsonNode l : r.get("load")) {
                    if (l.get("endpoint").asText().startsWith(LOADS[k]) && !l.get("endpoint").asText().startsWith("trivial, again")) {
                        int px = px(x, w, r.get("n").asDouble(), logMin, span, runs.size());
                        int py = y + h - (int) (l.get(field).asDouble() / maxV * h);
                        g.fillOval(px - 4, py - 4, 8, 8);
                        if (lastX >= 0) {
                            g.drawLine(lastX, lastY, px, py);
                        }
                        lastX = px;
                        lastY = py;
                    }
                }
            }
        }
        g.setStroke(new BasicStroke(1f));
    }

    private static int px(int x, int w, double n, double logMin, double span, int points) {
        return points == 1 ? x + w / 2 : x + 30 + (int) ((Math.log10(n) - logMin) / span * (w - 60));
    }

    /** The counter module's loads (submit, inbox, approve) beside the ceiling measured just before them; runs without them are left out. */
    private static void counter(StringBuilder md, List<JsonNode> runs) {
        if (runs.stream().noneMatch(r -> r.has("counter"))) {
            return;
        }
        md.append("Counter module (业务处理), each run's own ceiling first:\n\n")
                .append("| N | endpoint | req/s | of ceiling | of durable write | p50 ms | p99 ms | p99.9 ms | errors (warm-up) |\n|---|---|---|---|---|---|---|---|---|\n");
        for (JsonNode r : runs) {
            for (JsonNode l : r.path("counter").path("load")) {
                md.append("| ").append(r.get("n")).append(" | ").append(l.get("endpoint").asText()).append(" | ").append(l.get("throughput"))
                        .append(" | ").append(Math.round(l.get("ofCeiling").asDouble() * 100)).append(" % | ").append(ofDurableWrite(l))
                        .append(" | ").append(l.get("p50Ms"))
                        .append(" | ").append(l.get("p99Ms")).append(" | ").append(l.get("p999Ms")).append(" | ").append(l.get("errors"))
                        .append(" (").append(l.get("warmupErrors")).append(") |\n");
            }
        }
        md.append("| target | submit, approve | ≥ 100 req/s | | | | p99 ≤ 50 | | |\n\n");
    }
}
