package org.branchdesk.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.Assume;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium of the system ({@code /usr/bin/chromium}) driven through {@code /usr/bin/chromedriver};
 * Selenium Manager is never asked (it would download a driver or a browser).
 *
 * <p>When either is missing or the browser does not start, the test fails with what to install;
 * outside CI, {@code -Dbranchdesk.browser.skip=true} turns that into a skipped test. In CI
 * ({@code CI=true}) it always fails: a CI run never passes without the browser tests.
 */
public final class Browser {

    public static final int WIDTH = 1366;
    public static final int HEIGHT = 768;

    static final Path CHROMIUM = Path.of(System.getProperty("branchdesk.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("branchdesk.chromedriver", "/usr/bin/chromedriver"));

    /** Held, so that its level stays set. */
    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    static {
        // never Selenium Manager: the driver is given, the browser binary is given
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        System.setProperty("SE_OFFLINE", "true");
        // Selenium's notes (no CDP classes for this Chromium: none is used) are not the tests' output
        SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private static final Map<ChromeDriver, Path> PROFILES = new java.util.concurrent.ConcurrentHashMap<>();

    private Browser() {
    }

    /** Fails (or, outside CI with -Dbranchdesk.browser.skip=true, skips) unless chromium and chromedriver are there. */
    public static synchronized void requireInstalled() {
        if ((!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) && !Boolean.getBoolean("branchdesk.browser.skip")) {
            install();
        }
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            unavailable("no " + (Files.isExecutable(CHROMIUM) ? CHROMEDRIVER : CHROMIUM)
                    + ": the browser tests need Chromium and its driver (Debian: apt-get install chromium chromium-driver)", null);
        }
    }

    /** Runs tests-browser/install-browser.sh (apt-get as root or through sudo -n), once per run. */
    private static boolean installTried;

    private static void install() {
        if (installTried) {
            return;
        }
        installTried = true;
        Path script = Path.of(System.getProperty("branchdesk.browserInstaller", "install-browser.sh")).toAbsolutePath();
        try {
            Process p = new ProcessBuilder("bash", script.toString()).inheritIO().start();
            p.waitFor();
        } catch (IOException e) {
            System.err.println("could not run " + script + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A new headless browser with a fresh profile under {@code target/}, at 1366×768. */
    public static ChromeDriver start() {
        requireInstalled();
        Path profile;
        try {
            Path root = Path.of(System.getProperty("branchdesk.testData", "target/test-data")).toAbsolutePath();
            Files.createDirectories(root);
            profile = Files.createTempDirectory(root, "chromium-profile-");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=" + WIDTH + "," + HEIGHT, "--user-data-dir=" + profile, "--lang=en-US",
                "--disable-dev-shm-usage");
        // the page's console, read by the tests for errors
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(new File(profile.toFile(), "chromedriver.log"))
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            PROFILES.put(driver, profile);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
            return driver;
        } catch (RuntimeException e) {
            unavailable("the browser did not start (" + CHROMIUM + " through " + CHROMEDRIVER + "): " + e.getMessage(), e);
            throw e;
        }
    }

    /** Ends the browser and removes its profile (unless -Dbranchdesk.keepTestData=true). */
    public static void quit(ChromeDriver driver) {
        try {
            driver.quit();
        } catch (RuntimeException ignored) {
            // the browser is gone already
        }
        Path profile = PROFILES.remove(driver);
        if (profile != null && !Boolean.getBoolean("branchdesk.keepTestData")) {
            try (java.util.stream.Stream<Path> files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException e) {
                // left under target/
            }
        }
    }

    private static void unavailable(String message, Throwable cause) {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (!ci && Boolean.getBoolean("branchdesk.browser.skip")) {
            Assume.assumeTrue("skipped (-Dbranchdesk.browser.skip=true): " + message, false);
        }
        throw new AssertionError(message + (ci ? " (CI=true: the browser tests must run)"
                : " (outside CI, -Dbranchdesk.browser.skip=true skips the browser tests)"), cause);
    }

    /** For messages. */
    static List<Path> binaries() {
        return List.of(CHROMIUM, CHROMEDRIVER);
    }
}
