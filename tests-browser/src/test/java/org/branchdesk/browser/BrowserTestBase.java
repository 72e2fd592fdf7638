package org.branchdesk.browser;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.rules.TestWatcher;
import org.junit.runner.Description;

/**
 * One demo branch (the packed runtime, {@code --demo}) for the whole test class, a fresh browser for
 * each test ({@link #ws}), a screenshot {@code target/screenshots/failed-<Class>-<test>.png} when a test fails.
 */
public abstract class BrowserTestBase {

    protected static BranchRuntime branch;
    protected static Rest rest;

    protected Workspace ws;

    @BeforeClass
    public static void startBranch() throws Exception {
        Browser.requireInstalled(); // before a minute of starting a branch for nothing
        branch = BranchRuntime.startDemo("demo", null);
        rest = new Rest(branch.baseUrl());
    }

    @AfterClass
    public static void stopBranch() {
        if (branch != null) {
            branch.close();
            branch = null;
        }
    }

    @Rule
    public final TestWatcher browser = new TestWatcher() {
        @Override
        protected void starting(Description description) {
            ws = Workspace.open(branch.baseUrl());
        }

        @Override
        protected void failed(Throwable e, Description description) {
            if (ws != null) {
                try {
                    ws.screenshot("failed-" + description.getTestClass().getSimpleName() + "-" + description.getMethodName(), false);
                } catch (RuntimeException | AssertionError ignored) {
                    // no screenshot of a browser that is gone
                }
            }
        }

        @Override
        protected void finished(Description description) {
            if (ws != null) {
                ws.close();
                ws = null;
            }
        }
    };

    /** Another browser with its own fresh profile (closed by the caller). */
    protected Workspace anotherBrowser() {
        return Workspace.open(branch.baseUrl());
    }
}
