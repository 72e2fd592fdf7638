package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.After;
import org.junit.Test;

/**
 * The documentation's commands run as a reader runs them, so that they cannot drift from the
 * code. A fenced {@code sh} block between {@code <!-- run: NAME -->} and {@code <!-- /run -->}
 * in README.md or any page under docs/ is a walk-through step: the test starts the demo branch
 * the way the README's {@code <!-- start -->} block says (its {@code export VAR=value} lines,
 * {@code runtime/branchdesk --demo}), on a free port and a fresh data folder, and runs every
 * page's steps in order with {@code bash -euo pipefail} from the repository's root. Variables
 * a step sets are there in the page's next steps (a reader's terminal), never in another page.
 *
 * <p>curl answers a 4xx or 5xx with a failure ({@code fail-with-body} in the curl configuration
 * the steps run with), unless the marker says {@code <!-- run: NAME errors -->}. A comment line
 * of a step that shows JSON ({@code # {"status":"UP",...}}) is what the step prints: each of its
 * {@code "key":value} pairs with a plain value (not one cut short with {@code ...}) must be in
 * the step's output.
 */
public class DocExamplesTest {

    static final Pattern RUN = Pattern.compile("<!-- run: ([\\w.-]+)( errors)? -->\\s*```sh\\n(.*?)```\\s*<!-- /run -->", Pattern.DOTALL);
    static final Pattern START = Pattern.compile("<!-- start -->\\s*```sh\\n(.*?)```", Pattern.DOTALL);
    static final Pattern EXPORT = Pattern.compile("^export ((?:[A-Z_]+=\\S+ ?)+)$", Pattern.MULTILINE);
    static final Pattern PAIR = Pattern.compile("\"(\\w+)\":(\"[^\"]*\"|-?[0-9][0-9.]*|true|false|null)");
    private static final String PORT = "localhost:8080";
    /**
     * How long the demo branch may take to start, and a step to run: generous, since a first
     * start with {@code --demo} loads a quarter of balances and the build machine may be busy.
     * These bound a hung process; they assert nothing about speed.
     */
    private static final long START_SECONDS = 600;
    private static final long STEP_SECONDS = 300;

    private final List<Process> started = new ArrayList<>();

    @After
    public void stop() throws InterruptedException {
        for (Process p : started) {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    /** Starts the branch (its environment holds the README's exports) and returns once it prints that it is ready. */
    private RuntimeProcess start(ProcessBuilder builder) throws IOException, InterruptedException {
        return RuntimeProcess.start(builder, null, started, START_SECONDS);
    }

    record Step(Path page, String name, String script, boolean errors) {
        @Override
        public String toString() {
            return root().relativize(page) + " step " + name;
        }
    }

    static Path root() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("..").normalize();
    }

    /** The pages in the order a reader meets them: the README, then docs/ (each page on its own). */
    static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(root().resolve("README.md")));
        try (Stream<Path> docs = Files.walk(root().resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    static List<Step> steps(Path page, String text) {
        List<Step> steps = new ArrayList<>();
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            steps.add(new Step(page, m.group(1), m.group(3), m.group(2) != null));
        }
        return steps;
    }

    /** The {@code "key":value} pairs the JSON comment lines of a step promise. */
    static List<String> expected(String script) {
        List<String> pairs = new ArrayList<>();
        for (String line : script.split("\n")) {
            String comment = line.strip();
            if (!comment.startsWith("# ")) {
                continue;
            }
            String shown = comment.substring(2).strip();
            if (!(shown.startsWith("{") || shown.startsWith("\"") || shown.startsWith("["))) {
                continue;
            }
            Matcher m = PAIR.matcher(shown);
            while (m.find()) {
                if (!m.group(2).contains("...")) {
                    pairs.add(m.group());
                }
            }
        }
        return pairs;
    }

    @Test
    public void theRulesReadStepsAndTheirPromises() {
        String page = "text\n<!-- run: one -->\n```sh\necho hi\n# {\"status\":\"UP\",\"id\":1,\"x\":\"...\",...}\n```\n<!-- /run -->\n"
                + "<!-- run: two errors -->\n```sh\nfalse\n```\n<!-- /run -->\n```sh\nnot a step\n```\n";
        List<Step> steps = steps(Path.of("p.md"), page);
        assertEquals(2, steps.size());
        assertEquals("one", steps.get(0).name());
        assertFalse(steps.get(0).errors());
        assertTrue(steps.get(1).errors());
        assertEquals(List.of("\"status\":\"UP\"", "\"id\":1"), expected(steps.get(0).script()));
    }

    @Test
    public void everyDocumentedStepRunsAgainstTheDemoBranch() throws Exception {
        String readme = Files.readString(root().resolve("README.md"), StandardCharsets.UTF_8);
        Matcher start = START.matcher(readme);
        assertTrue("README.md has no <!-- start --> block", start.find());
        String startBlock = start.group(1);
        assertTrue(startBlock, startBlock.contains("runtime/branchdesk --demo"));
        Map<String, String> env = new LinkedHashMap<>();
        Matcher export = EXPORT.matcher(startBlock);
        while (export.find()) {
            for (String assignment : export.group(1).trim().split(" ")) {
                env.put(assignment.substring(0, assignment.indexOf('=')), assignment.substring(assignment.indexOf('=') + 1));
            }
        }
        assertTrue("the start block sets the administrator's password: " + env, env.containsKey("BRANCHDESK_ADMIN_PASSWORD"));
        assertTrue("the start block sets the demo accounts' password: " + env, env.containsKey("BRANCHDESK_DEMO_PASSWORD"));

        Map<Path, List<Step>> byPage = new LinkedHashMap<>();
        for (Path page : pages()) {
            List<Step> steps = steps(page, Files.readString(page, StandardCharsets.UTF_8));
            if (!steps.isEmpty()) {
                byPage.put(page, steps);
            }
        }
        assertTrue("the README's tour is runnable", byPage.containsKey(root().resolve("README.md")));

        Path data = TestFolders.create("branchdesk-docs-");
        int port = RuntimeProcess.freePort();
        ProcessBuilder builder = new ProcessBuilder(root().resolve("runtime/branchdesk").toString(), "--demo", "--port",
                String.valueOf(port), "--data", data.resolve("branch").toString());
        builder.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        builder.environment().putAll(env);
        RuntimeProcess branch = start(builder);

        Path curlHome = Files.createDirectories(data.resolve("curl"));
        Files.writeString(curlHome.resolve(".curlrc"), "fail-with-body\nshow-error\n");
        List<String> failures = new ArrayList<>();
        int ran = 0;
        for (Map.Entry<Path, List<Step>> page : byPage.entrySet()) {
            Path state = data.resolve("state-" + ran);
            Files.writeString(state, "");
            for (Step step : page.getValue()) {
                ran++;
                String curl = step.errors() ? data.resolve("no-curlrc").toString() : curlHome.toString();
                // the state file exports the previous step's CURL_HOME too: set this step's own after it
                String script = "set -a\n. " + state + "\nCURL_HOME=" + curl + "\n" + step.script().replace(PORT, "localhost:" + port)
                        + "\nexport -p > " + state + "\n";
                ProcessBuilder bash = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script).directory(root().toFile())
                        .redirectErrorStream(true);
                bash.environment().putAll(env);
                bash.environment().put("CURL_HOME", curl);
                Process p = bash.start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(STEP_SECONDS, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    failures.add(step + ": did not end within " + STEP_SECONDS + " s\n" + out);
                    continue;
                }
                if (p.exitValue() != 0) {
                    failures.add(step + ": exit " + p.exitValue() + "\n" + out);
                    continue;
                }
                for (String pair : expected(step.script())) {
                    if (!out.contains(pair)) {
                        failures.add(step + ": the page shows " + pair + ", the output has not:\n" + out);
                    }
                }
            }
        }
        assertTrue(failures.size() + " documented steps failed:\n\n" + String.join("\n\n", failures) + "\n\nbranch output:\n"
                + branch.output(), failures.isEmpty());
        assertTrue("steps ran: " + ran, ran > 0);
    }
}
