package org.branchdesk.platform.admin.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

public class RuntimeDescriptionTest {

    private static ConfigurationReport.Pid pid(String pid, ConfigurationReport.Property... properties) {
        return new ConfigurationReport.Pid(pid, pid, ConfigurationReport.Source.FILE, null, null, List.of(properties));
    }

    private static ConfigurationReport.Property property(String id, Object value) {
        return new ConfigurationReport.Property(id, "String", value, false, "");
    }

    private static Inventory.BundleInfo bundle(long id, String name, String version, String state) {
        return new Inventory.BundleInfo(id, name, version, state, null, "file:" + name, List.of());
    }

    private static RuntimeDescription describe(String tier, String escalation, List<Inventory.BundleInfo> bundles) {
        return RuntimeDescription.of(tier, bundles, List.of(
                pid("org.branchdesk.complaint", property("escalationCheckSeconds", escalation),
                        property("acknowledgeHours", List.of("LOW=48", "HIGH=8"))),
                pid("org.branchdesk.database", property("maxConnections", escalation))));
    }

    private static final List<Inventory.BundleInfo> BUNDLES = List.of(bundle(0, "org.apache.felix.framework", "7.0.5", "ACTIVE"),
            bundle(1, "org.branchdesk.platform.core", "0.2.0", "ACTIVE"));

    @Test
    public void theSameRunTimesAgreeAlsoAfterTheRoundTripThroughTheirRow() {
        RuntimeDescription here = describe("WEALTH_CENTER", "60", BUNDLES);
        RuntimeDescription stored = RuntimeDescription.parse(here.tier(), here.bundleLines(), here.settingLines());
        assertTrue(here.against(stored).none());
        assertFalse("the framework itself is not compared", here.bundleLines().contains("felix.framework"));
        assertTrue(here.settingLines().contains("org.branchdesk.complaint acknowledgeHours=LOW=48,HIGH=8"));
    }

    @Test
    public void eachDifferenceIsNamedWithTheValueHereAndThere() {
        RuntimeDescription here = describe("WEALTH_CENTER", "60", BUNDLES);
        RuntimeDescription there = describe("OUTLET", "45", List.of(bundle(1, "org.branchdesk.platform.core", "0.2.0", "RESOLVED"),
                bundle(7, "com.example.section", "1.0.0", "ACTIVE")));
        RuntimeDescription.Differences d = here.against(RuntimeDescription.parse(there.tier(), there.bundleLines(), there.settingLines()));
        assertEquals("OUTLET", d.tier().get("there"));
        assertEquals("WEALTH_CENTER", d.tier().get("here"));
        assertEquals(List.of(new RuntimeDescription.Setting("org.branchdesk.complaint", "escalationCheckSeconds", "60", "45")), d.configuration());
        assertEquals(List.of("org.branchdesk.complaint (escalationCheckSeconds)"), d.pids());
        assertEquals(List.of("com.example.section 1.0.0"), d.bundlesOnlyThere());
        assertEquals(List.of(), d.bundlesOnlyHere());
        assertEquals(List.of(new RuntimeDescription.BundleState("org.branchdesk.platform.core 0.2.0", "ACTIVE", "RESOLVED")), d.bundleStates());
    }

    @Test
    public void theDatabaseConnectionIsEachRuntimesOwn() {
        RuntimeDescription small = RuntimeDescription.of("OUTLET", BUNDLES, List.of(pid("org.branchdesk.database", property("maxConnections", "5"))));
        RuntimeDescription large = RuntimeDescription.of("OUTLET", BUNDLES, List.of(pid("org.branchdesk.database", property("maxConnections", "40"))));
        RuntimeDescription.Differences d = small.against(large);
        assertTrue(d.none());
        assertNull(d.tier());
        assertEquals("", small.settingLines());
    }

    @Test
    public void aValueOverSeveralLinesStaysOneStoredLine() {
        RuntimeDescription here = RuntimeDescription.of("OUTLET", List.of(), List.of(pid("org.branchdesk.branch", property("name", "A\nB=C"))));
        assertEquals("org.branchdesk.branch name=A\\nB=C", here.settingLines());
        RuntimeDescription back = RuntimeDescription.parse("OUTLET", here.bundleLines(), here.settingLines());
        assertTrue(here.against(back).none());
    }
}
