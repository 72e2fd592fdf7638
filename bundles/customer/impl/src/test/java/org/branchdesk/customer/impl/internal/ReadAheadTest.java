package org.branchdesk.customer.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.Test;

public class ReadAheadTest {

    @Test
    public void everyRowArrivesInOrderAcrossChunks() {
        List<Integer> seen = new ArrayList<>();
        try (ReadAhead<Integer> rows = new ReadAhead<>("test", each -> {
            for (int i = 0; i < 5000; i++) {
                each.accept(i);
            }
        })) {
            rows.forEachRemaining(seen::add);
            rows.finish();
        }
        assertEquals(5000, seen.size());
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(i, (int) seen.get(i));
        }
    }

    @Test
    public void theProducersFailureEndsTheRowsAndIsThrownByFinish() {
        IllegalStateException bad = new IllegalStateException("line 3 is bad");
        try (ReadAhead<Integer> rows = new ReadAhead<>("test", each -> {
            each.accept(1);
            each.accept(2);
            throw bad;
        })) {
            assertEquals(1, (int) rows.next());
            assertEquals(2, (int) rows.next());
            assertFalse("the iterator only ends", rows.hasNext());
            assertSame(bad, assertThrows(IllegalStateException.class, rows::finish));
        }
    }

    @Test
    public void closingStopsAProducerNobodyReads() throws InterruptedException {
        AtomicBoolean stopped = new AtomicBoolean();
        CountDownLatch ended = new CountDownLatch(1);
        ReadAhead<Integer> rows = new ReadAhead<>("test", each -> {
            try {
                for (int i = 0;; i++) {
                    each.accept(i); // blocks once the queue is full
                }
            } catch (RuntimeException e) {
                stopped.set(true);
                throw e;
            } finally {
                ended.countDown();
            }
        });
        assertTrue(rows.hasNext());
        rows.close();
        assertTrue("the producer ended", ended.await(5, TimeUnit.SECONDS));
        assertTrue(stopped.get());
    }
}
