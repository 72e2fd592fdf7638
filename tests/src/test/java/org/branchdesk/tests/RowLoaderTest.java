package org.branchdesk.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;

import org.branchdesk.platform.persistence.RowLoader;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The platform's {@link RowLoader} on the real embedded Derby: into an empty table it is Derby's
 * bulk load (a table function feeding one INSERT), which must still behave as any insert in a
 * transaction: values as given, a rollback or a failed row leaves the table as it was, and the
 * table's indexes answer afterwards.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RowLoaderTest extends BranchdeskTestSupport {

    private static final List<String> COLUMNS = List.of("ID", "AMOUNT", "DAY", "N", "FLAG", "NOTE");

    @Test
    public void rowsGoInAsGivenAndAFailedOrRolledBackLoadLeavesTheTableAsItWas() throws Exception {
        RowLoader loader = context.getService(context.getServiceReference(RowLoader.class));
        try (Connection db = database();
                Statement s = db.createStatement()) {
            db.setAutoCommit(false);
            s.execute("CREATE TABLE BD_TEST_ROWS (ID VARCHAR(10) NOT NULL PRIMARY KEY, AMOUNT DECIMAL(19, 2), DAY DATE, N BIGINT,"
                    + " FLAG SMALLINT NOT NULL, NOTE VARCHAR(20))");
            s.execute("CREATE INDEX BD_TEST_ROWS_NOTE ON BD_TEST_ROWS (NOTE)");
            db.commit();

            // into the empty table, then rolled back
            assertEquals(1000, loader.insert(db, "BD_TEST_ROWS", COLUMNS, rows(0, 1000)));
            assertEquals(1000, count(s));
            db.rollback();
            assertEquals(0, count(s));

            // a duplicate key fails the load, and nothing of it stays
            try {
                loader.insert(db, "BD_TEST_ROWS", COLUMNS, List.of(row(1), row(2), row(1)).iterator());
                fail("a duplicate key is refused");
            } catch (SQLException duplicate) {
                db.rollback();
            }
            assertEquals(0, count(s));

            // committed, with every kind of value and nulls
            loader.insert(db, "BD_TEST_ROWS", COLUMNS, List.of(
                    new Object[] { "A", new BigDecimal("12345678901234567.89"), LocalDate.of(2026, 9, 30), 7L, true, "first" },
                    new Object[] { "B", null, null, null, false, null },
                    // what a text format must escape, and an empty text that is not a null
                    new Object[] { "C", BigDecimal.ONE, null, null, false, "a,\"b\"\nc\\" },
                    new Object[] { "D", BigDecimal.ONE, null, null, false, "" }).iterator());
            db.commit();
            try (ResultSet rs = s.executeQuery("SELECT ID, AMOUNT, DAY, N, FLAG, NOTE FROM BD_TEST_ROWS ORDER BY ID")) {
                assertTrue(rs.next());
                assertEquals(new BigDecimal("12345678901234567.89"), rs.getBigDecimal(2));
                assertEquals(LocalDate.of(2026, 9, 30), rs.getDate(3).toLocalDate());
                assertEquals(7L, rs.getLong(4));
                assertEquals(1, rs.getInt(5));
                assertEquals("first", rs.getString(6));
                assertTrue(rs.next());
                assertEquals("B", rs.getString(1));
                assertNull(rs.getBigDecimal(2));
                assertNull(rs.getDate(3));
                rs.getLong(4);
                assertTrue(rs.wasNull());
                assertEquals(0, rs.getInt(5));
                assertNull(rs.getString(6));
                assertTrue(rs.next());
                assertEquals("a,\"b\"\nc\\", rs.getString(6));
                assertTrue(rs.next());
                assertEquals("", rs.getString(6));
                assertFalse(rs.next());
            }

            // into a table that has rows: appended, and the secondary index finds them
            assertEquals(500, loader.insert(db, "BD_TEST_ROWS", COLUMNS, rows(100, 600)));
            db.commit();
            assertEquals(504, count(s));
            try (ResultSet rs = s.executeQuery("SELECT ID FROM BD_TEST_ROWS --DERBY-PROPERTIES index=BD_TEST_ROWS_NOTE\n"
                    + " WHERE NOTE = 'note 420'")) {
                assertTrue(rs.next());
                assertEquals("R420", rs.getString(1));
            }

            // on Derby it went through a table function (Derby's bulk path), declared once for this column list
            // (no import ran here); on PostgreSQL through COPY, which the escaped values above went through
            if (!onPostgres()) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM SYS.SYSALIASES WHERE ALIAS LIKE 'BD_ROWS_%'"
                        + " AND CAST(JAVACLASSNAME AS VARCHAR(200)) = 'org.branchdesk.platform.persistence.internal.RowFeed'")) {
                    rs.next();
                    assertEquals(1, rs.getInt(1));
                }
            }

            s.execute("DROP TABLE BD_TEST_ROWS");
            db.commit();
        }
    }

    private static Iterator<Object[]> rows(int from, int to) {
        return IntStream.range(from, to).mapToObj(RowLoaderTest::row).iterator();
    }

    private static Object[] row(int i) {
        return new Object[] { "R" + i, BigDecimal.valueOf(i, 2), LocalDate.of(2026, 7, 1).plusDays(i % 92), (long) i, i % 2 == 0,
                "note " + i };
    }

    private static int count(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM BD_TEST_ROWS")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
