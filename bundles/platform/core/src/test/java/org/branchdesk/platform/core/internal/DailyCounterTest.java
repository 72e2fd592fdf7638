package org.branchdesk.platform.core.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import org.junit.Test;

public class DailyCounterTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    /** Counter rows in a map, as the database keeps them; {@code rival} creates a row just before this runtime's create. */
    private static final class Rows implements DailyCounter.Store {
        final Map<String, Long> rows = new HashMap<>();
        Long rival;
        int creates;

        @Override
        public OptionalLong increment(String sequence, LocalDate day) {
            Long last = rows.computeIfPresent(sequence + "/" + day, (k, v) -> v + 1);
            return last == null ? OptionalLong.empty() : OptionalLong.of(last);
        }

        @Override
        public boolean create(String sequence, LocalDate day, long first) {
            creates++;
            if (rival != null) {
                rows.put(sequence + "/" + day, rival);
                rival = null;
            }
            return rows.putIfAbsent(sequence + "/" + day, first) == null;
        }
    }

    private static LongSupplier counted(AtomicInteger asked, long highest) {
        return () -> {
            asked.incrementAndGet();
            return highest;
        };
    }

    @Test
    public void aDayStartsAtOneAndCountsUp() {
        Rows rows = new Rows();
        AtomicInteger asked = new AtomicInteger();
        assertEquals(1, DailyCounter.next(rows, "s", DAY, counted(asked, 0)));
        assertEquals(2, DailyCounter.next(rows, "s", DAY, counted(asked, 0)));
        assertEquals(3, DailyCounter.next(rows, "s", DAY, counted(asked, 0)));
        assertEquals("the caller's own numbers are asked for only when there is no counter", 1, asked.get());
    }

    @Test
    public void eachSequenceAndDayHasItsOwnSeries() {
        Rows rows = new Rows();
        DailyCounter.next(rows, "a", DAY, () -> 0);
        DailyCounter.next(rows, "a", DAY, () -> 0);
        assertEquals(1, DailyCounter.next(rows, "b", DAY, () -> 0));
        assertEquals(1, DailyCounter.next(rows, "a", DAY.plusDays(1), () -> 0));
        assertEquals(3, DailyCounter.next(rows, "a", DAY, () -> 0));
    }

    @Test
    public void aDayAlreadyUnderwayContinuesAfterTheHighestNumberStored() {
        Rows rows = new Rows();
        assertEquals(8, DailyCounter.next(rows, "s", DAY, () -> 7));
        assertEquals("once the counter exists it alone counts", 9, DailyCounter.next(rows, "s", DAY, () -> 100));
    }

    @Test
    public void whoLosesTheRaceToCreateTheCounterTakesTheNextNumberOfTheWinners() {
        Rows rows = new Rows();
        rows.rival = 1L; // another runtime drew number 1 between our increment and our create
        assertEquals(2, DailyCounter.next(rows, "s", DAY, () -> 0));
        assertEquals(1, rows.creates);
        assertEquals(Long.valueOf(2), rows.rows.get("s/" + DAY));
    }

    @Test
    public void aStoreThatNeitherCreatesNorIncrementsIsAnErrorNotALoop() {
        DailyCounter.Store broken = new DailyCounter.Store() {
            @Override
            public OptionalLong increment(String sequence, LocalDate day) {
                return OptionalLong.empty();
            }

            @Override
            public boolean create(String sequence, LocalDate day, long first) {
                return false;
            }
        };
        assertThrows(IllegalStateException.class, () -> DailyCounter.next(broken, "s", DAY, () -> 0));
    }

    @Test
    public void aNegativeHighestCountsAsNone() {
        assertEquals(1, DailyCounter.next(new Rows(), "s", DAY, () -> -5));
    }

    @Test
    public void theSequenceNeedsANameOfAtMost64CharactersAndADay() {
        Rows rows = new Rows();
        assertEquals(1, DailyCounter.next(rows, "x".repeat(64), DAY, () -> 0));
        assertThrows(IllegalArgumentException.class, () -> DailyCounter.next(rows, "x".repeat(65), DAY, () -> 0));
        assertThrows(IllegalArgumentException.class, () -> DailyCounter.next(rows, " ", DAY, () -> 0));
        assertThrows(IllegalArgumentException.class, () -> DailyCounter.next(rows, null, DAY, () -> 0));
        assertThrows(IllegalArgumentException.class, () -> DailyCounter.next(rows, "s", null, () -> 0));
    }
}
