package org.branchdesk.runtime;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** etc/logback.xml: the default on the first start, branch IT's own file from then on. */
public class LoggingConfigurationTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void theDefaultIsWrittenOnceAndNeverOverwritten() throws Exception {
        Path data = folder.getRoot().toPath();
        Files.createDirectories(data.resolve("etc"));

        Path written = LogSetup.logbackConfiguration(data);
        assertEquals(data.resolve("etc/logback.xml"), written);
        String xml = Files.readString(written);
        // the documented defaults (docs/branch-it/logging.md)
        for (String setting : new String[] {"${LOG_DIR}/branchdesk.log", "<maxFileSize>10MB</maxFileSize>",
                "<maxHistory>30</maxHistory>", "<totalSizeCap>1GB</totalSizeCap>", "scan=\"true\"", "<root level=\"INFO\">"}) {
            assertTrue(setting + " in\n" + xml, xml.contains(setting));
        }

        String own = xml.replace("<root level=\"INFO\">", "<logger name=\"org.branchdesk.lobby\" level=\"DEBUG\"/>\n  <root level=\"INFO\">");
        Files.writeString(written, own);
        assertEquals(written, LogSetup.logbackConfiguration(data));
        assertEquals("a later start keeps branch IT's levels", own, Files.readString(written));
    }
}
