package org.branchdesk.platform.admin.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.branchdesk.platform.admin.internal.ConfigurationRules.Field;
import org.branchdesk.platform.api.ConfigurationCheck;
import org.branchdesk.platform.api.InvalidInputException.FieldError;
import org.junit.Test;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.ObjectClassDefinition;

/** The guard's rules without a framework: values from .cfg and .config files against the metatype, then the module's checks. */
public class ConfigurationRulesTest {

    private static final Field LIMIT = new Field("limit", AttributeDefinition.LONG, 0, true, List.of());
    private static final Field COUNT = new Field("count", AttributeDefinition.INTEGER, 0, true, List.of());
    private static final Field ON = new Field("on", AttributeDefinition.BOOLEAN, 0, true, List.of());
    private static final Field SHARE = new Field("share", AttributeDefinition.DOUBLE, 0, true, List.of());
    private static final Field NAME = new Field("name", AttributeDefinition.STRING, 0, true, List.of());
    private static final Field SYNC = new Field("sync", AttributeDefinition.STRING, 0, true, List.of("PER_REQUEST", "PERIODIC"));
    private static final Field DAYS = new Field("days", AttributeDefinition.STRING, 7, true, List.of("MON", "TUE", "WED"));
    private static final Field SIZES = new Field("sizes", AttributeDefinition.LONG, -100, true, List.of());
    private static final Field OPTIONAL = new Field("optional", AttributeDefinition.INTEGER, 0, false, List.of());
    private static final List<Field> ALL = List.of(LIMIT, COUNT, ON, SHARE, NAME, SYNC, DAYS, SIZES, OPTIONAL);

    /** A Java class or exception name: package.Class, or a name ending in Exception. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b[a-z]+(\\.[a-z]+)+\\.[A-Z]\\w*|Exception|Error\\b");

    private static List<String> errors(Object... keysAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        List<String> errors = ConfigurationRules.metatypeErrors(ALL, values);
        for (String error : errors) {
            assertFalse(error, CLASS_NAME.matcher(error).find());
        }
        return errors;
    }

    private static void valid(Object... keysAndValues) {
        assertEquals(List.of(), errors(keysAndValues));
    }

    private static String oneError(Object... keysAndValues) {
        List<String> errors = errors(keysAndValues);
        assertEquals(errors.toString(), 1, errors.size());
        return errors.get(0);
    }

    @Test
    public void numbersFromACfgFileAreTextAndFromAConfigFileTyped() {
        valid("limit", "10", "count", "7", "share", "0.25");
        valid("limit", 10L, "count", 7, "share", 0.25d);
        valid("limit", 10, "count", 7L, "share", 1); // the number is read as the field's type, whatever its Java type
        valid("limit", " 10 "); // a .cfg value's spaces
        valid("limit", "-9223372036854775808", "count", "2147483647", "share", "1e3");
    }

    @Test
    public void aNumberThatIsNotOneNamesTheFieldAndTheValue() {
        assertEquals("limit: 'ten' is not a valid Long (expected a whole number from -9223372036854775808 to 9223372036854775807)",
                oneError("limit", "ten"));
        assertTrue(oneError("count", "2147483648").startsWith("count: '2147483648' is not a valid Integer (expected a whole number from"));
        assertTrue(oneError("count", 2.5d).startsWith("count: '2.5' is not a valid Integer"));
        assertEquals("share: 'half' is not a valid Double (expected a number)", oneError("share", "half"));
    }

    @Test
    public void booleansAreTrueOrFalseInAnyCase() {
        valid("on", "true");
        valid("on", "FALSE");
        valid("on", Boolean.TRUE);
        assertEquals("on: 'yes' is not a valid Boolean (expected true or false)", oneError("on", "yes"));
    }

    @Test
    public void optionsAreTheOnlyValuesOfTheirField() {
        valid("sync", "PERIODIC");
        valid("sync", " PERIODIC "); // one value: its spaces do not count
        assertEquals("sync: 'SOMETIMES' is not a valid String (expected one of PER_REQUEST, PERIODIC)", oneError("sync", "SOMETIMES"));
        assertTrue(oneError("sync", "periodic").contains("'periodic'")); // options are exact
        valid("name", "anything at all, even with commas");
    }

    @Test
    public void eachValueOfAListIsCheckedWhateverItsShape() {
        valid("days", new String[] { "MON", "WED" }); // .config: an array
        valid("days", List.of("TUE")); // code: a collection
        valid("days", "MON, TUE"); // .cfg: one string, comma separated
        valid("sizes", new long[] { 1, 2, 3 });
        valid("sizes", new Long[] { 1L, 2L });
        valid("sizes", "1, 2,3");
        assertEquals("days: 'FRI' is not a valid String (expected one of MON, TUE, WED)", oneError("days", new String[] { "MON", "FRI" }));
        assertEquals(2, errors("days", List.of("SUN", "FRI")).size());
        assertTrue(oneError("sizes", "1, x").startsWith("sizes: '1, x' is not a valid Long"));
        assertTrue(oneError("sizes", new Object[] { 1L, "two" }).startsWith("sizes: 'two' is not a valid Long"));
    }

    @Test
    public void aSingleValueIsNotSplitAtCommas() {
        assertTrue(oneError("limit", "1, 2").startsWith("limit: '1, 2' is not a valid Long"));
    }

    @Test
    public void aListIsSplitAtCommasNotEscaped() {
        assertEquals(List.of("a", "b c", "d,e", ""), ConfigurationRules.split(" a ,b c, d\\,e,"));
        assertEquals(List.of(""), ConfigurationRules.split(""));
    }

    @Test
    public void anAbsentPropertyKeepsItsDefaultButAnEmptyRequiredNumberIsAnError() {
        valid(); // nothing configured: every component keeps its defaults
        valid("name", ""); // an empty text is a text
        valid("optional", "");
        assertEquals("count: '' is not a valid Integer (a value is required)", oneError("count", ""));
        assertEquals("on: '' is not a valid Boolean (a value is required)", oneError("on", ""));
    }

    @Test
    public void propertiesTheMetatypeDoesNotDeclareAreLeftToTheModulesChecks() {
        valid("limit", "10", "felix.fileinstall.filename", "file:/etc/x.cfg", "typo", "ten");
        List<Map<String, Object>> seen = new ArrayList<>();
        ConfigurationCheck check = properties -> {
            seen.add(properties);
            return properties.containsKey("typo") ? List.of(new FieldError("typo", "is not a property of this module")) : List.of();
        };
        assertEquals(List.of("typo: is not a property of this module"),
                ConfigurationRules.checkErrors("org.branchdesk.x", Map.of("typo", "ten"), List.of(check)));
        assertEquals(Map.of("typo", "ten"), seen.get(0));
    }

    @Test
    public void everyCheckIsAskedAndItsErrorsNameTheirField() {
        ConfigurationCheck first = p -> List.of(new FieldError("midMin", "thresholds must strictly descend"));
        ConfigurationCheck second = p -> List.of(new FieldError("rules", "WHO must be one of ANY, PREMIUM"), new FieldError("x", "y"));
        assertEquals(List.of("midMin: thresholds must strictly descend", "rules: WHO must be one of ANY, PREMIUM", "x: y"),
                ConfigurationRules.checkErrors("org.branchdesk.x", Map.of(), List.of(first, second)));
        assertEquals(List.of(), ConfigurationRules.checkErrors("org.branchdesk.x", Map.of(), List.of(p -> List.of())));
    }

    /** A check that fails refuses the configuration, and branch IT is not shown a stack trace's first line. */
    @Test
    public void aCheckThatThrowsRefusesWithoutAJavaClassName() {
        ConfigurationCheck broken = p -> {
            throw new IllegalStateException("java.lang.NumberFormatException: For input string");
        };
        List<String> errors = ConfigurationRules.checkErrors("org.branchdesk.lobby", Map.of(), List.of(broken, p -> List.of(new FieldError("a", "b"))));
        assertEquals(2, errors.size());
        assertTrue(errors.get(0), errors.get(0).startsWith("org.branchdesk.lobby: "));
        assertFalse(errors.get(0), CLASS_NAME.matcher(errors.get(0)).find());
        assertFalse(errors.get(0), errors.get(0).contains("input string"));
        assertEquals("a: b", errors.get(1)); // the other checks still run
    }

    @Test
    public void theFieldsAreReadFromTheMetatype() {
        AttributeDefinition sync = attribute("sync", AttributeDefinition.STRING, 0, new String[] { "PER_REQUEST", "PERIODIC" });
        AttributeDefinition note = attribute("note", AttributeDefinition.STRING, 0, null);
        ObjectClassDefinition ocd = (ObjectClassDefinition) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { ObjectClassDefinition.class }, (proxy, method, args) -> switch ((Integer) args[0]) {
                    case ObjectClassDefinition.REQUIRED -> new AttributeDefinition[] { sync };
                    case ObjectClassDefinition.OPTIONAL -> new AttributeDefinition[] { note };
                    default -> new AttributeDefinition[] { sync, note };
                });
        assertEquals(List.of(new Field("sync", AttributeDefinition.STRING, 0, true, List.of("PER_REQUEST", "PERIODIC")),
                new Field("note", AttributeDefinition.STRING, 0, false, List.of())), Field.of(ocd));
    }

    private static AttributeDefinition attribute(String id, int type, int cardinality, String[] options) {
        return (AttributeDefinition) Proxy.newProxyInstance(ConfigurationRulesTest.class.getClassLoader(),
                new Class<?>[] { AttributeDefinition.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "getID" -> id;
                    case "getType" -> type;
                    case "getCardinality" -> cardinality;
                    case "getOptionValues" -> options;
                    default -> null;
                });
    }
}
