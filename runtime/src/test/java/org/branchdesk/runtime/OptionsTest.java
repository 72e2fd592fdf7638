package org.branchdesk.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.Set;

import org.junit.Test;

public class OptionsTest {

    private static final Set<String> TIERS = Set.of("wealth-center", "outlet");

    @Test
    public void defaults() throws Exception {
        Options o = parse();
        assertEquals(8080, o.port());
        assertEquals(Path.of("data").toAbsolutePath(), o.data());
        assertEquals("wealth-center", o.tier());
        assertNull(o.host());
        assertFalse(o.demo());
        assertFalse(o.safe());
        assertFalse(o.help());
    }

    @Test
    public void port() throws Exception {
        assertEquals(9090, parse("--port", "9090").port());
        assertEquals(1, parse("--port", "1").port());
        assertEquals(65535, parse("--port", "65535").port());
    }

    @Test
    public void dataIsMadeAbsolute() throws Exception {
        assertEquals(Path.of("/tmp/branch"), parse("--data", "/tmp/branch").data());
        assertEquals(Path.of("").toAbsolutePath().resolve("x"), parse("--data", "./x/../x").data());
        assertTrue(parse("--data", "rel").data().isAbsolute());
    }

    @Test
    public void tier() throws Exception {
        assertEquals("outlet", parse("--tier", "outlet").tier());
    }

    @Test
    public void host() throws Exception {
        assertEquals("127.0.0.1", parse("--host", "127.0.0.1").host());
    }

    @Test
    public void demo() throws Exception {
        assertTrue(parse("--demo").demo());
    }

    @Test
    public void safe() throws Exception {
        assertTrue(parse("--safe").safe());
        assertTrue(parse("--tier", "outlet", "--safe").safe());
        assertTrue(Options.USAGE, Options.USAGE.contains("--safe       start without what deploy/ holds"));
    }

    @Test
    public void help() throws Exception {
        assertTrue(parse("--help").help());
        assertTrue(parse("-h").help());
        // usage must be available even if the default tier is not in the jar
        assertTrue(Options.parse(new String[] { "--help" }, Set.of()).help());
    }

    @Test
    public void everythingTogether() throws Exception {
        Options o = parse("--demo", "--port", "9091", "--tier", "outlet", "--host", "::1", "--data", "/srv/bd", "--shell",
                "--safe");
        assertEquals(new Options(9091, Path.of("/srv/bd"), "outlet", "::1", true, true, true, false), o);
    }

    @Test
    public void badPort() {
        for (String port : new String[] { "0", "65536", "-1", "http", "80.5", "" + Long.MAX_VALUE }) {
            String message = bad("--port", port);
            assertTrue(message, message.contains("1 to 65535"));
            assertTrue(message, message.contains(port));
        }
    }

    @Test
    public void unknownOption() {
        assertEquals("unknown option --verbose", bad("--verbose"));
        assertEquals("unknown option 8080", bad("8080"));
    }

    @Test
    public void missingValue() {
        assertEquals("--port needs a value", bad("--port"));
        assertEquals("--data needs a value", bad("--data", "--demo"));
        assertEquals("--tier needs a value", bad("--tier", " "));
        assertEquals("--host needs a value", bad("--demo", "--host"));
    }

    @Test
    public void unknownTierNamesTheAllowedOnes() {
        String message = bad("--tier", "moon-base");
        assertTrue(message, message.contains("unknown tier moon-base"));
        assertTrue(message, message.contains("outlet, wealth-center"));
        String none = assertThrows(Options.BadOption.class, () -> Options.parse(new String[0], Set.of())).getMessage();
        assertTrue(none, none.contains("none"));
    }

    /** Without a tier set, the tiers come from the class path: here src/test/resources/tiers. */
    @Test
    public void tiersFromTheClassPath() throws Exception {
        assertEquals("wealth-center", Options.parse(new String[0]).tier());
        assertEquals("outlet", Options.parse(new String[] { "--tier", "outlet" }).tier());
        String message = assertThrows(Options.BadOption.class, () -> Options.parse(new String[] { "--tier", "demo" })).getMessage();
        // test resources name two tiers; a jar packed by an earlier build may add its own to target/classes
        assertTrue(message, message.contains("outlet") && message.contains("wealth-center"));
    }

    private static Options parse(String... args) throws Options.BadOption {
        return Options.parse(args, TIERS);
    }

    private static String bad(String... args) {
        return assertThrows(Options.BadOption.class, () -> parse(args)).getMessage();
    }
}
