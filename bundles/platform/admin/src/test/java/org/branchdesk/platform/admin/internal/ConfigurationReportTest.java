package org.branchdesk.platform.admin.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;

import org.branchdesk.platform.admin.internal.ConfigurationReport.Pid;
import org.branchdesk.platform.admin.internal.ConfigurationReport.Property;
import org.branchdesk.platform.admin.internal.ConfigurationReport.Refusal;
import org.branchdesk.platform.admin.internal.ConfigurationReport.Source;
import org.junit.Test;
import org.osgi.service.metatype.AttributeDefinition;

/** The configuration report's model and its shell text, without a framework. */
public class ConfigurationReportTest {

    private static AttributeDefinition ad(String id, int type, int cardinality, String description, String... defaults) {
        return new AttributeDefinition() {
            @Override public String getName() { return id; }
            @Override public String getID() { return id; }
            @Override public String getDescription() { return description; }
            @Override public int getCardinality() { return cardinality; }
            @Override public int getType() { return type; }
            @Override public String[] getOptionValues() { return null; }
            @Override public String[] getOptionLabels() { return null; }
            @Override public String validate(String value) { return null; }
            @Override public String[] getDefaultValue() { return defaults.length == 0 ? null : defaults; }
        };
    }

    @Test
    public void aConfiguredValueIsNotTheDefault() {
        Property p = ConfigurationReport.property(ad("tokenHours", AttributeDefinition.INTEGER, 0, "token lifetime", "8"), "12", false);
        assertEquals(new Property("tokenHours", "Integer", "12", false, "token lifetime"), p);
    }

    @Test
    public void anUnsetValueIsTheDefault() {
        Property p = ConfigurationReport.property(ad("tokenHours", AttributeDefinition.INTEGER, 0, null, "8"), null, false);
        assertEquals("8", p.value());
        assertTrue(p.isDefault());
    }

    @Test
    public void aRefusedConfigurationShowsTheDefaultsInForce() {
        Property p = ConfigurationReport.property(ad("tokenHours", AttributeDefinition.INTEGER, 0, null, "8"), "0", true);
        assertEquals("8", p.value());
        assertTrue(p.isDefault());
    }

    @Test
    public void passwordsAreMaskedByTypeAndByName() {
        assertEquals("********", ConfigurationReport.property(ad("secret", AttributeDefinition.PASSWORD, 0, null), "s3cret", false).value());
        assertEquals("********", ConfigurationReport.property(ad("smtpPassword", AttributeDefinition.STRING, 0, null), "s3cret", false).value());
        assertEquals("", ConfigurationReport.property(ad("smtpPassword", AttributeDefinition.STRING, 0, null), null, false).value());
    }

    @Test
    public void numbersNamedAfterPasswordsAreShown() {
        assertEquals("600000", ConfigurationReport.property(ad("passwordIterations", AttributeDefinition.INTEGER, 0, null, "600000"), null, false).value());
        assertEquals("12", ConfigurationReport.property(ad("minPasswordLength", AttributeDefinition.INTEGER, 0, null, "10"), "12", false).value());
    }

    @Test
    public void multiValuedPropertiesAreLists() {
        Property p = ConfigurationReport.property(ad("trustedProxies", AttributeDefinition.STRING, 10, null), new String[] { "10.0.0.1", "10.0.0.2" }, false);
        assertEquals("String[]", p.type());
        assertEquals(List.of("10.0.0.1", "10.0.0.2"), p.value());
        assertFalse(p.isDefault());
    }

    @Test
    public void theShellTextComesFromTheModel() {
        Pid ok = new Pid("org.branchdesk.branch", "Branch", Source.FILE, "etc/org.branchdesk.branch.cfg", null,
                List.of(new Property("name", "String", "Harbour", false, "the branch's name"), new Property("tier", "String", "WEALTH_CENTER", true, null)));
        Pid refused = new Pid("org.branchdesk.security", null, Source.RUNTIME, null,
                new Refusal(Instant.parse("2026-12-02T10:00:00Z"), List.of("tokenHours: '0' is out of range")),
                List.of(new Property("tokenHours", "Integer", "8", true, null)));
        String text = ConfigurationReport.text(List.of(ok, refused));
        assertTrue(text, text.startsWith("org.branchdesk.branch — Branch (from etc/org.branchdesk.branch.cfg)\n"));
        assertTrue(text, text.contains("  name                           String    = Harbour\n      the branch's name\n"));
        assertTrue(text, text.contains("= WEALTH_CENTER  (default)"));
        assertTrue(text, text.contains("org.branchdesk.security (set at run time)\n  REFUSED at 2026-12-02T10:00:00Z, running on the last good configuration:\n"
                + "    tokenHours: '0' is out of range\n"));
        assertTrue(text, text.endsWith("tokenHours                     Integer   = 8"));
    }

    @Test
    public void defaultsAreNamed() {
        assertEquals("org.branchdesk.lobby (defaults)", ConfigurationReport.text(List.of(new Pid("org.branchdesk.lobby", null, Source.DEFAULTS, null, null, List.of()))));
    }
}
