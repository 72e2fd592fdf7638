package org.branchdesk.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The benchmark: generates a branch of N customers, starts each tier's deployment from the packed
 * jar through the launcher script {@code runtime/branchdesk} (cold start, memory), then on a wealth centre imports the data over REST, re-segments the
 * quarter, and puts the lobby, the unified view and search under concurrent load beside a
 * trivial authenticated resource and the durable write (the bench bundle of bench/durable-write,
 * hot-deployed: one authenticated insert and commit, the ceiling of every write line); on
 * PostgreSQL also two runtimes of the branch on the one database. Writes {@code results/<N>.json}
 * (on PostgreSQL {@code results/<N>-postgres.json}) and rebuilds
 * {@code results/README.md} and {@code results/chart.png} from every N measured so far.
 *
 * <pre>bench/run.sh [--n 100000] [--days 92] [--threads 8] [--seconds 20] [--tiers all|none] [--phases import,load,counter]
 *              [--db postgres|both]</pre>
 *
 * <p>{@code --phases load} measures only the load on the branch a previous run imported (for
 * working on one endpoint); such partial runs go to {@code results/<N>-partial.json} and never
 * into the published tables.
 */
public final class Bench {

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        int n = Integer.parseInt(opts.getOrDefault("n", "10000"));
        int days = Integer.parseInt(opts.getOrDefault("days", "92"));
        int threads = Integer.parseInt(opts.getOrDefault("threads", "8"));
        int seconds = Integer.parseInt(opts.getOrDefault("seconds", "20"));
        int warmup = Integer.parseInt(opts.getOrDefault("warmup", "30"));
        boolean tiers = !"none".equals(opts.getOrDefault("tiers", "all"));
        List<String> phases = List.of(opts.getOrDefault("phases", "import,load,counter").split(","));
        boolean importing = phases.contains("import");
        boolean partial = !importing || !phases.contains("load"); // start figures are optional (--tiers none)
        Path root = Path.of(opts.getOrDefault("root", ".")).toAbsolutePath().normalize();
        Path launcher = root.resolve("runtime/branchdesk");
        Path work = root.resolve("bench/target/work");
        Path results = root.resolve("bench/results");
        // --pair <id>: bench/run.sh --db both, which measures Derby and then PostgreSQL with one build, one after the other
        String pair = opts.get("pair");
        String command = ("bench/run.sh " + String.join(" ", args)).replace("--root . ", "").replaceAll(" --db-(url|user|password) \\S+", "")
                .replaceAll(" --pair \\S+", "").replaceAll(" --db-version \\S+", "")
                + (pair != null ? " --db both" : opts.containsKey("db-version") ? " --db postgres" : ""); // bench/run.sh's own option, as it was typed
        // --db postgres (bench/run.sh starts a throwaway server and passes --db-url): the branch under load runs on it
        String dbUrl = opts.get("db-url");

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("n", n);
        report.put("days", days);
        report.put("command", command.trim());
        report.put("machine", machine());
        report.put("database", dbUrl == null ? "embedded Derby" : "PostgreSQL (" + opts.getOrDefault("db-version", "server") + ", same machine)");
        report.put("at", Instant.now().toString());
        if (pair != null) {
            report.put("pair", pair);
        }

        // v2: the customers file names no manager (allocation gives them); data of earlier builds is not reused
        Path data = work.resolve("data-v2-" + n + "-" + days);
        List<Path> balanceFiles;
        long t = System.nanoTime();
        if (Files.exists(data.resolve("done"))) {
            try (Stream<Path> files = Files.list(data)) {
                balanceFiles = files.filter(p -> p.getFileName().toString().startsWith("balances-")).sorted().toList();
            }
        } else {
            balanceFiles = new Generator(n, 42).write(data, days);
            Files.writeString(data.resolve("done"), "");
            System.out.printf("generated %d customers and %d balance files in %.1f s%n", n, balanceFiles.size(), secs(t));
        }

        if (tiers) {
            List<Map<String, Object>> starts = new ArrayList<>();
            for (String tier : List.of("convenience-store", "outlet", "vip-center", "wealth-center")) {
                Path dir = work.resolve("start-" + tier);
                deleteTree(dir);
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("tier", tier);
                try (Branch first = Branch.start(launcher, tier, dir, freePort(), Map.of())) {
                    s.put("firstStartMs", first.startMillis);
                }
                try (Branch again = Branch.start(launcher, tier, dir, freePort(), Map.of())) {
                    s.put("startMs", again.startMillis);
                    Thread.sleep(2000);
                    s.put("rssAfterStartMb", again.rssMegabytes());
                }
                System.out.println("start " + s);
                starts.add(s);
            }
            // the same store on the JVM's own settings (java -jar without options), for comparison
            Map<String, String> plain = Map.of("BRANCHDESK_JVM", "");
            Path dir = work.resolve("start-convenience-store-plain");
            deleteTree(dir);
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("tier", "convenience-store, java -jar without JVM options");
            try (Branch first = Branch.start(launcher, "convenience-store", dir, freePort(), plain)) {
                s.put("firstStartMs", first.startMillis);
            }
            try (Branch again = Branch.start(launcher, "convenience-store", dir, freePort(), plain)) {
                s.put("startMs", again.startMillis);
                Thread.sleep(2000);
                s.put("rssAfterStartMb", again.rssMegabytes());
            }
            System.out.println("start " + s);
            starts.add(s);
            report.put("starts", starts);
        }

        Path dir = work.resolve("branch-" + n + (dbUrl == null ? "" : "-postgres"));
        if (importing) {
            deleteTree(dir);
            // allocation is measured on its own, after the segmentation run, rather than inside it
            Files.createDirectories(dir.resolve("etc"));
            Files.writeString(dir.resolve("etc/org.branchdesk.customer.allocation.cfg"), "afterSegmentation=false\n");
            if (dbUrl != null) {
                Files.writeString(dir.resolve("etc/org.branchdesk.database.cfg"), "url = " + dbUrl + "\nuser = " + opts.get("db-user")
                        + "\npassword = " + opts.get("db-password")
                        + "\nDataSourceFactory.target = (osgi.jdbc.driver.class=org.postgresql.Driver)\n");
            }
        } else if (dbUrl != null) {
            throw new IllegalStateException("--db postgres measures on a new server each run: include the import phase");
        } else if (!Files.exists(dir.resolve("imported"))) {
            throw new IllegalStateException(dir + " holds no imported branch: run the import phase first");
        }
        if (!importing && phases.contains("campaign")) {
            // --phases campaign: only the freezing of a campaign's target list, on the branch the last run imported
            try (Branch branch = Branch.start(launcher, "wealth-center", dir, freePort(), Map.of())) {
                report.put("campaign", campaign(branch));
            }
        }
        // the counter module: submitting and approving (CounterLoad); none: a build without it
        boolean counter = phases.contains("counter") && !"none".equals(System.getProperty("branchdesk.bench.counter"));
        // the bench bundle of bench/durable-write (POST /api/bench/write), hot-deployed before the loads; none: without it
        Path durableWrite = "none".equals(System.getProperty("branchdesk.bench.durableWrite")) ? null
                : root.resolve("bench/durable-write/target/durable-write-1.0.0.jar");
        if (importing || phases.contains("load") || counter) {
            // --jvm "-XX:StartFlightRecording=filename=view.jfr" profiles the branch under load (added to the launcher's settings)
            Map<String, String> jvm = opts.containsKey("jvm") ? Map.of("JAVA_OPTS", opts.get("jvm")) : Map.of();
            Files.deleteIfExists(dir.resolve("etc/org.branchdesk.audit.cfg")); // left by an interrupted load
            Files.deleteIfExists(dir.resolve("etc/org.branchdesk.customer.cfg"));
            Files.deleteIfExists(dir.resolve(DEPLOYED)); // left by the last run: deployed again, hot, before the loads
            try (Branch branch = Branch.start(launcher, "wealth-center", dir, freePort(), jvm)) {
                if (importing) {
                    importAndSegment(branch, branch.login("admin", Branch.ADMIN_PASSWORD), report, data, balanceFiles, n);
                    Files.writeString(dir.resolve("imported"), "");
                }
                boolean writes = durableWrite != null && (phases.contains("load") || counter);
                if (writes) {
                    hotDeploy(branch, dir, durableWrite);
                }
                if (phases.contains("load")) {
                    load(branch, dir, report, n, threads, warmup, seconds, writes,
                            dbUrl == null ? null : () -> Branch.start(launcher, "wealth-center", secondRuntime(dir), freePort(), jvm));
                }
                if (counter) {
                    report.put("counter", CounterLoad.run(branch, branch.login("admin", Branch.ADMIN_PASSWORD), n, threads, warmup, seconds,
                            writes));
                }
            }
        }
        Files.createDirectories(results);
        // on PostgreSQL beside Derby's <N>.json: <N>-postgres.json, not in the Derby tables
        Path file = results.resolve(n + (dbUrl != null ? "-postgres" : "") + (partial ? "-partial" : "") + ".json");
        Branch.JSON.enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), report);
        if (partial) {
            System.out.println("partial run (not in the tables): " + file);
        } else {
            // a PostgreSQL run has tables of its own in README.md, apart from Derby's (and not in results.json or the chart)
            Report.write(results);
            System.out.println("results: " + results.resolve("README.md") + ", " + results.resolve("chart.png"));
        }
    }

    private static void importAndSegment(Branch branch, String admin, Map<String, Object> report, Path data, List<Path> balanceFiles,
            int n) throws Exception {
        for (int m = 1; m <= Generator.MANAGERS; m++) {
            branch.createStaff(admin, String.format("bcm%02d", m), "bench-password-1", "CUSTOMER_MANAGER");
        }
        branch.createStaff(admin, "bench.head", "bench-password-1", "CENTER_HEAD");
        branch.createStaff(admin, "bench.lobby", "bench-password-1", "LOBBY_MANAGER");
        Map<String, Object> imports = new LinkedHashMap<>();
        imports.put("customers", timedImport(branch, admin, "customers", data.resolve("customers.csv"), n));
        imports.put("holdings", timedImport(branch, admin, "holdings", data.resolve("holdings.csv"), -1));
        List<Double> daySeconds = new ArrayList<>();
        for (Path file : balanceFiles) {
            Map<String, Object> day = timedImport(branch, admin, "balances", file, n);
            daySeconds.add((Double) day.get("seconds"));
            if (daySeconds.size() == 1) {
                imports.put("balancesFirstDay", day);
            }
        }
        if (!balanceFiles.isEmpty()) {
            Map<String, Object> again = timedImport(branch, admin, "balances", balanceFiles.get(0), n);
            imports.put("balancesDayReimported", again);
            List<Double> sorted = daySeconds.stream().sorted().toList();
            imports.put("balancesDayMedianSeconds", sorted.get(sorted.size() / 2));
            imports.put("balancesDayMaxSeconds", sorted.get(sorted.size() - 1));
            imports.put("balancesDays", daySeconds.size());
        }
        report.put("imports", imports);

        long t = System.nanoTime();
        var run = branch.expect(201, branch.request("segmentation/runs", admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"quarter\":\"" + Generator.QUARTER + "\"}")));
        Map<String, Object> seg = new LinkedHashMap<>();
        seg.put("seconds", round(secs(t)));
        seg.put("customers", n);
        seg.put("run", Branch.JSON.convertValue(run, Map.class));
        report.put("segmentation", seg);
        System.out.println("segmentation " + seg.get("seconds") + " s");
        if (!"none".equals(System.getProperty("branchdesk.bench.allocation"))) { // none: a build from before allocation
            report.put("allocation", allocate(branch, admin));
        }
        if (!"none".equals(System.getProperty("branchdesk.bench.campaign"))) { // none: a build without the marketing module
            report.put("campaign", campaign(branch));
        }
        report.put("rssAfterImportMb", branch.rssMegabytes());
    }

    /**
     * Times the launch of a campaign with a broad target, every customer without a fund (about
     * two in three of the generated customers hold none): the launch freezes its target list,
     * one selection over every customer and one row per target, in one transaction.
     */
    private static Map<String, Object> campaign(Branch branch) throws Exception {
        String head = branch.login("bench.head", "bench-password-1");
        var defined = branch.expect(201, branch.request("marketing/campaigns", head).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Bench: customers without a fund " + Instant.now()
                        + "\",\"channels\":[\"PHONE\",\"BRANCH_VISIT\"],\"target\":{\"lacks\":[\"FUND\"]}}")));
        long id = defined.get("id").asLong();
        long t = System.nanoTime();
        var launched = branch.expect(200, branch.request("marketing/campaigns/" + id + "/launch", head).POST(HttpRequest.BodyPublishers.noBody()));
        Map<String, Object> campaign = new LinkedHashMap<>();
        campaign.put("seconds", round(secs(t)));
        campaign.put("target", "lacks FUND");
        campaign.put("targets", launched.get("targets").asInt());
        campaign.put("targetsPerSecond", Math.round(launched.get("targets").asInt() / secs(t)));
        System.out.println("campaign launch " + campaign);
        return campaign;
    }

    /**
     * Gives the managers levels and room (five principal, five senior, ten managers, 20,000
     * customers each), then times the centre head's allocation run over every premium customer
     * the segmentation run left without a manager (all of them: the file names none).
     */
    private static Map<String, Object> allocate(Branch branch, String admin) throws Exception {
        String head = branch.login("bench.head", "bench-password-1");
        for (int m = 1; m <= Generator.MANAGERS; m++) {
            String level = m <= 5 ? "PRINCIPAL" : m <= 10 ? "SENIOR" : "MANAGER";
            branch.expect(200, branch.request(String.format("managers/bcm%02d/profile", m), head).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"level\":\"" + level + "\",\"capacity\":20000}")));
        }
        long t = System.nanoTime();
        var run = branch.expect(201, branch.request("allocation/runs", head).POST(HttpRequest.BodyPublishers.noBody()));
        Map<String, Object> allocation = new LinkedHashMap<>();
        allocation.put("seconds", round(secs(t)));
        allocation.put("allocated", run.get("allocated").asInt());
        allocation.put("unassigned", run.get("unassigned").asInt());
        allocation.put("customersPerSecond", Math.round(run.get("allocated").asInt() / secs(t)));
        System.out.println("allocation " + allocation);
        return allocation;
    }

    /** Where the bench bundle goes in a branch's data folder. */
    static final String DEPLOYED = "deploy/bench-durable-write.jar";

    /** Starts a second runtime of the branch under load (on PostgreSQL only). */
    interface SecondRuntime {
        Branch start() throws Exception;
    }

    /**
     * Drops the bench bundle into the running branch's deploy/ (FileInstall installs it within a
     * second or two) and waits until {@code POST /api/bench/write} answers 201.
     */
    private static void hotDeploy(Branch branch, Path dir, Path jar) throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: bench/run.sh builds it (mvn -f bench/durable-write/pom.xml package), "
                    + "or -Dbranchdesk.bench.durableWrite=none leaves the durable write out");
        }
        Files.createDirectories(dir.resolve("deploy"));
        Path temporary = dir.resolve(DEPLOYED + ".part"); // FileInstall takes only *.jar: the jar appears whole
        Files.copy(jar, temporary, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.move(temporary, dir.resolve(DEPLOYED), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        String admin = branch.login("admin", Branch.ADMIN_PASSWORD);
        long t = System.nanoTime();
        long deadline = t + 120_000_000_000L;
        int status = 0;
        while (System.nanoTime() < deadline) {
            status = branch.send(branch.request("bench/write", admin).POST(HttpRequest.BodyPublishers.noBody())).statusCode();
            if (status == 201) {
                System.out.printf("durable write bundle deployed (hot) in %.1f s%n", secs(t));
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("POST /api/bench/write still answers " + status + " 120 s after the bundle went into "
                + dir.resolve("deploy") + "; see " + dir.resolve("log"));
    }

    /**
     * The second runtime's data folder, beside the first's: a copy of the first's etc/ (the
     * database, the search limit of the load) and of its deploy/, its own log, audit journal and
     * framework cache, as branch IT sets up a second runtime (docs/branch-it/several-runtimes.md).
     */
    private static Path secondRuntime(Path dir) throws IOException {
        Path second = dir.resolveSibling(dir.getFileName() + "-runtime2");
        deleteTree(second);
        for (String folder : List.of("etc", "deploy")) {
            Path from = dir.resolve(folder);
            Files.createDirectories(second.resolve(folder));
            if (Files.isDirectory(from)) {
                try (Stream<Path> files = Files.list(from)) {
                    for (Path f : files.filter(Files::isRegularFile).toList()) {
                        Files.copy(f, second.resolve(folder).resolve(f.getFileName()));
                    }
                }
            }
        }
        return second;
    }

    private static void load(Branch branch, Path dir, Map<String, Object> report, int n, int threads, int warmup, int seconds,
            boolean writes, SecondRuntime second) throws Exception {
        // one account drives thousands of identifications and searches a second: the per-person
        // search limit (org.branchdesk.customer, docs/branch-it/configuration.md) is raised so that it is still
        // checked on every call, and so measured, but never refuses
        Path customerConfig = dir.resolve("etc/org.branchdesk.customer.cfg");
        Files.writeString(customerConfig, "searchesPerMinute=100000000\nsearchBurst=100000000\n");
        Thread.sleep(3_000);
        try {
            measure(branch, dir, report, n, threads, warmup, seconds, writes, second);
        } finally {
            Files.delete(customerConfig);
        }
    }

    private static void measure(Branch branch, Path dir, Map<String, Object> report, int n, int threads, int warmup, int seconds,
            boolean writes, SecondRuntime second) throws Exception {
        String head = branch.login("bench.head", "bench-password-1");
        String lobby = branch.login("bench.lobby", "bench-password-1");
        Generator people = new Generator(n, 42);
        int sample = Math.min(n, 10_000);
        String[] ids = new String[sample];
        String[] cards = new String[sample];
        String[] phones = new String[sample];
        String[] names = new String[sample];
        for (int i = 0; i < sample; i++) {
            int index = (int) ((long) i * n / sample);
            Generator.Person p = people.person(index);
            ids[i] = p.id();
            cards[i] = p.cards().split(";")[0];
            phones[i] = p.phone();
            names[i] = java.net.URLEncoder.encode(p.name().substring(0, 2), StandardCharsets.UTF_8);
        }
        List<Map<String, Object>> loads = new ArrayList<>();
        // let the collector settle after the import and segmentation garbage (GBs at a million)
        Thread.sleep(10_000);
        loads.add(Load.run(branch, "trivial (GET /api/branch)", threads, warmup, seconds, 200, i -> branch.request("branch", head))
                .asMap());
        // the same requests for whichever runtime a client is on (two runtimes, below)
        BiFunction<Branch, Integer, HttpRequest.Builder> arrivalOn = (b, i) -> b.request("lobby/arrivals", lobby)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"cardNumber\":\"" + cards[Math.floorMod(i, sample)] + "\",\"purpose\":\""
                        + (i % 2 == 0 ? "CASH" : "NON_CASH") + "\"}"));
        BiFunction<Branch, Integer, HttpRequest.Builder> viewOn = (b, i) -> b.request("customers/" + ids[Math.floorMod(i, sample)] + "/view",
                head);
        IntFunction<HttpRequest.Builder> arrival = i -> arrivalOn.apply(branch, i);
        IntFunction<HttpRequest.Builder> read = i -> branch.request("customers/" + ids[Math.floorMod(i, sample)], head);
        IntFunction<HttpRequest.Builder> view = i -> viewOn.apply(branch, i);
        IntFunction<HttpRequest.Builder> search = i -> branch.request("customers?limit=10&q=" + (i % 2 == 0
                ? phones[Math.floorMod(i, sample)] : names[Math.floorMod(i, sample)]), head);
        Map<String, Object> durable = null;
        if (writes) {
            // the ceiling of every write line: one authenticated insert and its commit, nothing else
            durable = Load.run(branch, DURABLE_WRITE, threads, warmup, seconds, 201, durableWrite(branch, head)).asMap();
            loads.add(durable);
        }
        Map<String, Object> identification = write(Load.run(branch, "identification (POST /api/lobby/arrivals, card)", threads, warmup,
                seconds, 201, arrival).asMap());
        loads.add(identification);
        // the least any audited customer read does: one customer row read, one audit entry on disk;
        // the view does this and more, so its throughput cannot exceed this one's
        loads.add(Load.run(branch, "audited read (GET /api/customers/{id})", threads, warmup, seconds, 200, read).asMap());
        Map<String, Object> unifiedView = Load.run(branch, "unified view (GET /api/customers/{id}/view)", threads, warmup, seconds, 200, view)
                .asMap();
        loads.add(unifiedView);
        loads.add(Load.run(branch, "search (GET /api/customers?q=)", threads, warmup, seconds, 200, search).asMap());
        // the same with the audit journal forced every 0.25 s instead of before each answer
        // (org.branchdesk.audit sync=PERIODIC, docs/api/roles.md: the audit log); the runtime applies it within a second
        Path auditConfig = dir.resolve("etc/org.branchdesk.audit.cfg");
        Files.writeString(auditConfig, "sync=PERIODIC\n");
        Thread.sleep(3_000);
        try {
            loads.add(write(Load.run(branch, "periodic sync: identification", threads, warmup, seconds, 201, arrival).asMap()));
            loads.add(Load.run(branch, "periodic sync: audited read", threads, warmup, seconds, 200, read).asMap());
            loads.add(Load.run(branch, "periodic sync: unified view", threads, warmup, seconds, 200, view).asMap());
            loads.add(Load.run(branch, "periodic sync: search", threads, warmup, seconds, 200, search).asMap());
        } finally {
            Files.delete(auditConfig);
        }
        // the ceiling again, now that every path is warm: the higher of the two runs counts
        Map<String, Object> again = Load.run(branch, "trivial, again after the others", threads, warmup, seconds, 200,
                i -> branch.request("branch", head)).asMap();
        loads.add(again);
        Map<String, Object> durableAgain = null;
        if (writes) {
            // and the durable write again, warm: the higher of the two is the write lines' ceiling
            durableAgain = Load.run(branch, DURABLE_WRITE_AGAIN, threads, warmup, seconds, 201, durableWrite(branch, head)).asMap();
            loads.add(durableAgain);
        }
        if (second != null) {
            // PostgreSQL: a second runtime of the branch on the same database, the clients split evenly over both
            try (Branch other = second.start()) {
                List<Branch> both = List.of(branch, other);
                System.out.println("second runtime up in " + other.startMillis + " ms");
                loads.add(beside(write(Load.run(both, "two runtimes: identification", threads, warmup, seconds, 201, arrivalOn, body -> {
                }).asMap()), identification));
                loads.add(beside(Load.run(both, "two runtimes: unified view", threads, warmup, seconds, 200, viewOn, body -> {
                }).asMap(), unifiedView));
            }
        }
        double ceiling = Math.max((Double) loads.get(0).get("throughput"), (Double) again.get("throughput"));
        report.put("ceiling", ceiling);
        Map<String, Object> durableCeiling = durable == null ? null
                : (Double) durableAgain.get("throughput") > (Double) durable.get("throughput") ? durableAgain : durable;
        if (durableCeiling != null) {
            report.put("durableWrite", durableCeiling.get("throughput"));
        }
        for (Map<String, Object> l : loads) {
            l.put("ofCeiling", Math.round((Double) l.get("throughput") / ceiling * 1000) / 1000.0);
            ofDurableWrite(l, durableCeiling);
            System.out.println("load " + l);
        }
        report.put("load", loads);
    }

    static final String DURABLE_WRITE = "durable write (one authenticated insert and commit)";
    static final String DURABLE_WRITE_AGAIN = "durable write, again after the others";

    /** {@code POST /api/bench/write} as the given member of staff. */
    static IntFunction<HttpRequest.Builder> durableWrite(Branch branch, String token) {
        return i -> branch.request("bench/write", token).POST(HttpRequest.BodyPublishers.noBody());
    }

    /** Marks a line as a write (a row committed for every answer): it is given as a fraction of the durable write too. */
    static Map<String, Object> write(Map<String, Object> line) {
        line.put("write", true);
        return line;
    }

    /** A write line's (and the durable write's own) throughput as a fraction of the durable write ceiling, measured on the same branch. */
    static void ofDurableWrite(Map<String, Object> line, Map<String, Object> durable) {
        if (durable != null && (Boolean.TRUE.equals(line.get("write")) || line.get("endpoint").toString().startsWith("durable write"))) {
            line.put("ofDurableWrite", Math.round((Double) line.get("throughput") / (Double) durable.get("throughput") * 1000) / 1000.0);
        }
    }

    /** A two-runtime line beside the same endpoint on one runtime: that figure, and the ratio. */
    private static Map<String, Object> beside(Map<String, Object> two, Map<String, Object> one) {
        two.put("oneRuntime", one.get("throughput"));
        two.put("oneRuntimeP99Ms", one.get("p99Ms"));
        two.put("ofOneRuntime", Math.round((Double) two.get("throughput") / (Double) one.get("throughput") * 1000) / 1000.0);
        return two;
    }

    private static Map<String, Object> timedImport(Branch branch, String admin, String kind, Path file, int rows) throws Exception {
        long t = System.nanoTime();
        var answer = branch.expect(200, branch.request("import/" + kind, admin).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(file)));
        double s = secs(t);
        long count = answer.get("rows").asLong();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file.getFileName().toString());
        m.put("rows", count);
        m.put("seconds", round(s));
        m.put("rowsPerSecond", Math.round(count / s));
        if (!kind.equals("balances") || rows < 0) {
            System.out.println("import " + m);
        }
        return m;
    }

    static Map<String, Object> machine() throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("cpu", Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?"));
        m.put("memoryGb", Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().map(l -> Math.round(Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0)).orElse(0L));
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("database", "embedded Derby 10.16");
        return m;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return opts;
    }

    static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
