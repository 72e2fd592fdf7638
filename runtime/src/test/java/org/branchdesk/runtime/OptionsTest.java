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
        Options o = Options.parse(new String[0], TIERS);
        assertEquals(8080, o.port());
        assertEquals(Path.of("data").toAbsolutePath(), o.data());
        assertEquals("wealth-center", o.tier());
        assertNull(o.host());
        assertFalse(o.demo());
    }

    @Test
    public void everyOption() throws Exception {
        Options o = Options.parse(new String[] { "--port", "9090", "--data", "/tmp/x", "--tier", "outlet", "--host", "127.0.0.1",
                "--demo" }, TIERS);
        assertEquals(9090, o.port());
        assertEquals(Path.of("/tmp/x"), o.data());
        assertEquals("outlet", o.tier());
        assertEquals("127.0.0.1", o.host());
        assertTrue(o.demo());
    }

    @Test
    public void badValuesAreRefusedWithAReason() {
        assertTrue(assertThrows(Options.BadOption.class, () -> Options.parse(new String[] { "--port", "0" }, TIERS)).getMessage()
                .contains("1 to 65535"));
        assertThrows(Options.BadOption.class, () -> Options.parse(new String[] { "--port", "http" }, TIERS));
        assertTrue(assertThrows(Options.BadOption.class, () -> Options.parse(new String[] { "--port" }, TIERS)).getMessage()
                .contains("needs a value"));
        assertTrue(assertThrows(Options.BadOption.class, () -> Options.parse(new String[] { "--verbose" }, TIERS)).getMessage()
                .contains("unknown option --verbose"));
        String unknownTier = assertThrows(Options.BadOption.class, () -> Options.parse(new String[] { "--tier", "moon-base" }, TIERS))
                .getMessage();
        assertTrue(unknownTier, unknownTier.contains("outlet, wealth-center"));
    }
}
