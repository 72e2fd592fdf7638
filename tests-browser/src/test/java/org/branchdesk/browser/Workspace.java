package org.branchdesk.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The staff workspace as a page object, on the shell's contract (docs/workspace.md): {@code #login}
 * with inputs {@code username}/{@code password} and {@code #sign-in}, nav links {@code #nav-<id>}, the
 * page's root {@code section[data-page=<id>][data-ready=true]}, {@code #sign-out}, {@code #language}.
 *
 * <p>Waits are bounds for a hung run (default 30 s, {@code -Dbranchdesk.wait=N}), never speeds.
 */
public final class Workspace implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(Long.getLong("branchdesk.wait", 30));

    private final ChromeDriver driver;
    private final String base;

    public Workspace(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /** A new browser (fresh profile) on the branch at {@code base}. */
    public static Workspace open(String base) {
        Workspace ws = new Workspace(Browser.start(), base);
        ws.viewport(Browser.WIDTH, Browser.HEIGHT);
        return ws;
    }

    public ChromeDriver driver() {
        return driver;
    }

    public String base() {
        return base;
    }

    /** Loads the workspace ({@code /}) and waits for the sign-in form or the frame. */
    public Workspace home() {
        driver.get(base + "/");
        waitFor(By.cssSelector("#login, #sign-out"));
        return this;
    }

    /** Signs in as {@code username} (demo staff's password, or the administrator's) and waits for the first page. */
    public Workspace login(String username) {
        return login(username, "admin".equals(username) ? BranchRuntime.ADMIN_PASSWORD : BranchRuntime.DEMO_PASSWORD);
    }

    /**
     * Fills the sign-in form and submits it; waits for the frame ({@code #sign-out}) and for its first
     * page to be ready, or for the notice that there is none (the navigation is filled by then).
     */
    public Workspace login(String username, String password) {
        submitLogin(username, password);
        waitFor(By.id("sign-out"));
        waiting().until(d -> !d.findElements(By.cssSelector("#page section[data-ready='true'], #page .notice")).isEmpty());
        return this;
    }

    /** Fills the sign-in form and submits it, without waiting for what follows. */
    public void submitLogin(String username, String password) {
        if (driver.findElements(By.id("login")).isEmpty()) {
            home();
        }
        WebElement form = waitFor(By.id("login"));
        WebElement user = form.findElement(By.name("username"));
        user.clear();
        user.sendKeys(username);
        WebElement pass = form.findElement(By.name("password"));
        pass.clear();
        pass.sendKeys(password);
        form.findElement(By.id("sign-in")).click();
    }

    /** Signs out and waits for the sign-in form. */
    public Workspace signOut() {
        waitFor(By.id("sign-out")).click();
        waitFor(By.id("login"));
        return this;
    }

    /** Opens a page through its nav link ({@code #nav-<id>}) and waits until it is ready. */
    public WebElement go(String pageId) {
        waitClickable(By.id("nav-" + pageId)).click();
        return waitReady(pageId);
    }

    /** Waits for {@code section[data-page=<id>][data-ready=true]} (the shell sets it once the page has mounted). */
    public WebElement waitReady(String pageId) {
        return waitFor(By.cssSelector("section[data-page=\"" + pageId + "\"][data-ready=\"true\"]"));
    }

    public WebElement waitFor(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public WebElement waitClickable(By by) {
        return waiting().until(ExpectedConditions.elementToBeClickable(by));
    }

    public WebDriverWait waiting() {
        return waiting(WAIT);
    }

    public WebDriverWait waiting(Duration bound) {
        WebDriverWait wait = new WebDriverWait(driver, bound, Duration.ofMillis(200));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public boolean present(By by) {
        return !driver.findElements(by).isEmpty();
    }

    /** The ids of the pages in the navigation, in order. */
    public List<String> navPages() {
        return driver.findElements(By.cssSelector("nav a[id^='nav-']")).stream()
                .map(a -> a.getAttribute("id").substring("nav-".length())).collect(Collectors.toList());
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The text of the open page ({@code main#page}). */
    public String pageText() {
        return waitFor(By.id("page")).getText();
    }

    /** Picks a language in {@code #language} (zh-CN or en). */
    public void language(String lang) {
        WebElement select = waitFor(By.id("language"));
        new org.openqa.selenium.support.ui.Select(select).selectByValue(lang);
    }

    /**
     * Saves a PNG of the viewport as {@code target/screenshots/<name>.png}; with
     * {@code -Dbranchdesk.screenshots.write=true} also as {@code docs/images/workspace-<name>.png}.
     */
    public Path screenshot(String name) {
        return screenshot(name, Boolean.getBoolean("branchdesk.screenshots.write"));
    }

    /** As {@link #screenshot(String)}; {@code docs} false: only under target/ (a failed test's). */
    public Path screenshot(String name, boolean docs) {
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        try {
            Path dir = Path.of(System.getProperty("branchdesk.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Path file = Files.write(dir.resolve(name + ".png"), png);
            if (docs) {
                Path images = Path.of(System.getProperty("branchdesk.docImages", "../docs/images"));
                Files.createDirectories(images);
                Files.write(images.resolve("workspace-" + name + ".png"), png);
            }
            return file;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The console entries at SEVERE since the last call (Chromium's log is read, and so emptied, by each call). */
    public List<String> severeConsole() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::toString).collect(Collectors.toList());
    }

    /**
     * Sizes the window so that the page's viewport ({@code innerWidth} × {@code innerHeight}) is
     * {@code width} × {@code height} (the window's own frame is added).
     */
    public void viewport(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        for (int i = 0; i < 3; i++) {
            long innerW = ((Number) js("return window.innerWidth")).longValue();
            long innerH = ((Number) js("return window.innerHeight")).longValue();
            if (innerW == width && innerH == height) {
                return;
            }
            org.openqa.selenium.Dimension now = driver.manage().window().getSize();
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(
                    (int) (now.getWidth() + width - innerW), (int) (now.getHeight() + height - innerH)));
        }
    }

    public WebDriver raw() {
        return driver;
    }

    @Override
    public void close() {
        Browser.quit(driver);
    }
}
