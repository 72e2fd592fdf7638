package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

/**
 * The framework runs with features/framework.properties, and EclipseLink weaves no entity:
 * each unit's persistence.xml switches weaving off, the only place that is read before the JPA
 * container deploys the unit (properties passed later, or framework properties, come too late
 * or are not read, and this test fails with them alone).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FrameworkPropertiesTest extends BranchdeskTestSupport {

    private static final Pattern CLASS = Pattern.compile("<class>\\s*([\\w.$]+)\\s*</class>");

    @Test
    public void theFrameworkRunsWithTheSharedProperties() {
        assertEquals("multiple", context.getProperty("org.osgi.framework.bsnversion"));
        assertEquals(".*\\.(cfg|config)", context.getProperty("felix.fileinstall.filter"));
        assertEquals("false", context.getProperty("felix.fileinstall.enableConfigSave"));
    }

    /**
     * Every entity class of every persistence bundle, loaded after its unit was connected (the
     * API answered a login), is the class as compiled: a woven one would implement EclipseLink's
     * weaving interfaces.
     */
    @Test
    public void noEntityIsWoven() throws Exception {
        staff("weaving1", "TELLER"); // staff, tokens and audit rows written: the platform unit in use
        List<String> checked = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getHeaders().get("Meta-Persistence") == null) {
                continue;
            }
            for (String name : entities(bundle)) {
                Class<?> entity = bundle.loadClass(name);
                List<String> woven = Arrays.stream(entity.getInterfaces()).map(Class::getName)
                        .filter(i -> i.startsWith("org.eclipse.persistence.")).toList();
                assertTrue(name + " was woven: " + woven, woven.isEmpty());
                assertFalse(name + " was woven", Arrays.stream(entity.getDeclaredFields()).anyMatch(f -> f.getName().startsWith("_persistence_")));
                checked.add(name);
            }
        }
        assertTrue("entities checked: " + checked, checked.stream().anyMatch(n -> n.startsWith("org.branchdesk.platform.")));
        assertTrue("entities checked: " + checked, checked.stream().anyMatch(n -> n.startsWith("org.branchdesk.customer.")));
    }

    private static List<String> entities(Bundle bundle) throws IOException {
        URL xml = bundle.getEntry("META-INF/persistence.xml");
        List<String> names = new ArrayList<>();
        if (xml == null) {
            return names;
        }
        try (InputStream in = xml.openStream()) {
            Matcher m = CLASS.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
