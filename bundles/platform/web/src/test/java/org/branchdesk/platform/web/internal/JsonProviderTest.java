package org.branchdesk.platform.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.ws.rs.core.MediaType;

import org.branchdesk.platform.api.InvalidInputException;
import org.junit.Test;

/**
 * Bad bodies become 400s naming the field in the API's own words: never a Java type, a package
 * or Jackson's wording, and no value of the wrong JSON type slips through converted.
 */
public class JsonProviderTest {

    enum Role { TELLER, AUDITOR }

    record Item(String name, int count) {
    }

    record Body(String username, Integer age, Long id, Boolean active, Double score, BigDecimal amount, Set<Role> roles,
            LocalDate birthDate, Instant at, List<Item> items, Map<String, String> tags) {
    }

    record Checked(String name) {
        Checked {
            if (name != null && name.isBlank()) {
                throw new InvalidInputException("name", "must not be blank");
            }
        }
    }

    private static final List<String> FORBIDDEN = List.of("java.", "org.", "com.fasterxml", "Exception", "jackson", "Jackson",
            "`", "JsonToken", "DeserializationFeature", "MapperFeature", "class ", "$");

    /** Each bad body, and the field its problem must name. */
    private static final String[][] BAD = {
        { "", "body" },
        { "   ", "body" },
        { "{", "body" },
        { "{\"username\":", "body" },
        { "{\"username\":\"a\"", "body" },
        { "{\"username\" \"a\"}", "body" },
        { "{username:\"a\"}", "body" },
        { "{'username':'a'}", "body" },
        { "{\"username\":\"a\",}", "body" },
        { "{\"username\":\"a\"} trailing", "body" },
        { "{\"username\":\"a\"}{}", "body" },
        { "nul", "body" },
        { "[1]", "body" },
        { "\"text\"", "body" },
        { "42", "body" },
        { "true", "body" },
        { "{\"username\":\"a\",\"username\":\"b\"}", "username" },
        { "{\"nope\":1}", "nope" },
        { "{\"username\":123}", "username" },
        { "{\"username\":1.5}", "username" },
        { "{\"username\":true}", "username" },
        { "{\"username\":[\"x\"]}", "username" },
        { "{\"username\":{\"a\":1}}", "username" },
        { "{\"age\":\"1\"}", "age" },
        { "{\"age\":1.9}", "age" },
        { "{\"age\":true}", "age" },
        { "{\"age\":99999999999}", "age" },
        { "{\"age\":1e400}", "age" },
        { "{\"age\":[]}", "age" },
        { "{\"id\":99999999999999999999999}", "id" },
        { "{\"active\":\"true\"}", "active" },
        { "{\"active\":1}", "active" },
        { "{\"score\":\"1.5\"}", "score" },
        { "{\"score\":false}", "score" },
        { "{\"amount\":\"100.00\"}", "amount" },
        { "{\"amount\":{}}", "amount" },
        { "{\"roles\":\"TELLER\"}", "roles" },
        { "{\"roles\":[\"JANITOR\"]}", "roles[0]" },
        { "{\"roles\":[\"TELLER\",{\"a\":1}]}", "roles[1]" },
        { "{\"roles\":[0]}", "roles[0]" },
        { "{\"roles\":[null, 5]}", "roles[1]" },
        { "{\"birthDate\":\"yesterday\"}", "birthDate" },
        { "{\"birthDate\":\"2026-02-30\"}", "birthDate" },
        { "{\"birthDate\":\"\"}", "birthDate" },
        { "{\"birthDate\":20000}", "birthDate" },
        { "{\"birthDate\":[2026,1,1]}", "birthDate" },
        { "{\"birthDate\":\"+999999999-12-31\"}", "birthDate" },
        { "{\"birthDate\":\"1899-12-31\"}", "birthDate" },
        { "{\"at\":\"+1000000000-01-01T00:00:00Z\"}", "at" },
        { "{\"at\":\"2201-01-01T00:00:00Z\"}", "at" },
        { "{\"at\":\"now\"}", "at" },
        { "{\"at\":1700000000}", "at" },
        { "{\"items\":{}}", "items" },
        { "{\"items\":[{\"name\":\"a\",\"count\":\"2\"}]}", "items[0].count" },
        { "{\"items\":[{\"name\":\"a\",\"count\":null}]}", "items[0].count" },
        { "{\"items\":[{\"name\":\"a\"}]}", "items[0].count" },
        { "{\"items\":[{\"name\":\"a\",\"count\":1},{\"name\":7,\"count\":1}]}", "items[1].name" },
        { "{\"items\":[{\"name\":\"a\",\"count\":1,\"colour\":\"red\"}]}", "items[0].colour" },
        { "{\"items\":[\"a\"]}", "items[0]" },
        { "{\"tags\":{\"a\":1}}", "tags.a" },
        { "{\"tags\":[]}", "tags" },
        { "{\"username\":\"" + "x".repeat(200) + "\",\"" + "y".repeat(200) + "\":1}", null },
    };

    @Test
    public void everyBadBodyIsAProblemNamingItsFieldInOurOwnWords() throws IOException {
        List<String> failures = new ArrayList<>();
        for (String[] bad : BAD) {
            InvalidInputException e = refused(Body.class, bad[0]);
            String problem = StrictJson.MAPPER.writeValueAsString(Problem.invalid(e));
            if (bad[1] != null && !bad[1].equals(e.field())) {
                failures.add(bad[0] + " named " + e.field() + ", not " + bad[1] + ": " + problem);
            }
            for (String word : FORBIDDEN) {
                if (problem.contains(word)) {
                    failures.add(bad[0] + " says '" + word + "': " + problem);
                }
            }
        }
        assertTrue(String.join("\n", failures), failures.isEmpty());
    }

    @Test
    public void messagesSayWhatIsExpected() throws IOException {
        assertEquals("'123' is not a string", message("{\"username\":123}"));
        assertEquals("'true' is not a string", message("{\"username\":true}"));
        assertEquals("expected a string, not a list", message("{\"username\":[\"x\"]}"));
        assertEquals("must not be null: expected a whole number from -2147483648 to 2147483647",
                message("{\"items\":[{\"name\":\"a\",\"count\":null}]}"));
        assertEquals("is required: expected a whole number from -2147483648 to 2147483647",
                message("{\"items\":[{\"name\":\"a\"}]}"));
        assertEquals("'1.9' is not a whole number from -2147483648 to 2147483647", message("{\"age\":1.9}"));
        assertEquals("expected a whole number from -2147483648 to 2147483647, not a string", message("{\"age\":\"1\"}"));
        assertEquals("expected a date like 2026-11-22, not a list", message("{\"birthDate\":[2026,1,1]}"));
        assertEquals("'JANITOR' is not one of: TELLER, AUDITOR", message("{\"roles\":[\"JANITOR\"]}"));
        assertEquals("is not a field here; the fields are: active, age, amount, at, birthDate, id, items, roles, score, "
                + "tags, username", message("{\"nope\":1}"));
        assertEquals("'+999999999-12-31' is outside the supported range: from 1900-01-01 to 2200-12-31",
                message("{\"birthDate\":\"+999999999-12-31\"}"));
        assertEquals("the body is empty: expected an object", message(""));
        assertEquals("expected an object, not a list", message("[1]"));
        assertEquals("appears twice in the same object", message("{\"username\":\"a\",\"username\":\"b\"}"));
        assertTrue(message("{"), message("{").startsWith("the body ends before its JSON is complete"));
        assertEquals("the body is not well-formed JSON (line 1, column 2)", message("{'username':'a'}"));
    }

    @Test
    public void rightlyTypedValuesAreRead() throws IOException {
        Body body = (Body) read(Body.class, "{\"username\":\"a\",\"age\":3,\"id\":4,\"active\":true,\"score\":2,"
                + "\"amount\":100.50,\"roles\":[\"TELLER\"],\"birthDate\":\"1990-03-07\",\"at\":\"2026-11-22T08:00:00Z\","
                + "\"items\":[{\"name\":\"x\",\"count\":1}],\"tags\":{\"k\":\"v\"}}");
        assertEquals("a", body.username());
        assertEquals(Integer.valueOf(3), body.age());
        assertEquals(Double.valueOf(2), body.score());
        assertEquals(new BigDecimal("100.50"), body.amount());
        assertEquals(LocalDate.of(1990, 3, 7), body.birthDate());
        assertEquals(Instant.parse("2026-11-22T08:00:00Z"), body.at());
        Body bounds = (Body) read(Body.class, "{\"birthDate\":\"1900-01-01\",\"at\":\"2200-12-31T23:59:59Z\",\"username\":null}");
        assertEquals(LocalDate.of(1900, 1, 1), bounds.birthDate());
        assertEquals(null, bounds.username());
    }

    @Test
    public void aRecordsOwnRuleKeepsItsField() throws IOException {
        InvalidInputException e = refused(Checked.class, "{\"name\":\" \"}");
        assertEquals("name", e.field());
        assertEquals("must not be blank", e.errors().get(0).message());
    }

    private static String message(String body) throws IOException {
        return refused(Body.class, body).errors().get(0).message();
    }

    private static InvalidInputException refused(Class<?> type, String body) throws IOException {
        try {
            Object read = read(type, body);
            fail(body + " was read as " + read);
            return null;
        } catch (InvalidInputException e) {
            assertNotNull(e.field());
            assertFalse(body, e.errors().isEmpty());
            return e;
        }
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Object read(Class<?> type, String body) throws IOException {
        return new JsonProvider().readFrom((Class) type, (Type) type, new Annotation[0], MediaType.APPLICATION_JSON_TYPE, null,
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
}
