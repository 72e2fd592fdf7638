package org.branchdesk.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Map;

import org.junit.Test;

/** features/framework.properties, read as the launcher reads it from its jar. */
public class FrameworkPropertiesTest {

    private static Map<String, String> read() throws IOException {
        try (URLClassLoader features = new URLClassLoader(new URL[] { Path.of("../features/").toUri().toURL() }, null)) {
            return Launcher.frameworkProperties(features);
        }
    }

    @Test
    public void theFileIsReadWithItsEscapes() throws IOException {
        Map<String, String> p = read();
        assertEquals("multiple", p.get("org.osgi.framework.bsnversion"));
        // a backslash in the file is escaped: FileInstall must see the regular expression itself
        assertEquals(".*\\.(cfg|config)", p.get("felix.fileinstall.filter"));
        assertTrue("etc/ files are never rewritten", p.get("felix.fileinstall.enableConfigSave").equals("false"));
        assertEquals("--nointeractive", p.get("gosh.args"));
    }

    /** What depends on the launcher's options is never in the file: it would be taken for a default. */
    @Test
    public void nothingOfTheOptionsIsInTheFile() throws IOException {
        Map<String, String> p = read();
        for (String option : new String[] { "org.osgi.service.http.port", "branchdesk.data", "branchdesk.tier", "felix.fileinstall.dir",
                "org.osgi.framework.storage" }) {
            assertFalse(option, p.containsKey(option));
        }
    }

    /** Weaving is switched off where the persistence units are made (PersistenceUnits), not by a framework property. */
    @Test
    public void weavingIsNotAFrameworkProperty() throws IOException {
        assertFalse(read().keySet().stream().anyMatch(k -> k.startsWith("eclipselink.")));
    }

    @Test
    public void aJarWithoutTheFileDoesNotStart() {
        assertThrows(IOException.class, () -> Launcher.frameworkProperties(new URLClassLoader(new URL[0], null)));
    }
}
