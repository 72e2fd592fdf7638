package org.branchdesk.customer.impl.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Rows made on a thread of their own while the caller consumes them, so that reading and
 * checking a file overlaps with writing it: on a branch's first load of a million customers the
 * database's thread and the file's reader each keep a core busy.
 *
 * <p>The rows are handed over in chunks through a short queue, so at most a few thousand rows
 * are held in between. The producer's failure (a file's errors) is not thrown by the iterator,
 * which only ends: the caller asks {@link #finish()} once it has consumed the rows, and rolls
 * back what it wrote when that throws. {@link #close()} stops a producer the caller no longer
 * reads from.
 */
final class ReadAhead<T> implements Iterator<T>, AutoCloseable {

    private static final int CHUNK = 1024;
    private static final List<Object> END = new ArrayList<>();

    private final BlockingQueue<List<?>> queue = new ArrayBlockingQueue<>(8);
    private final Thread thread;
    private volatile boolean closed;
    private volatile RuntimeException failure;
    private List<?> chunk = List.of();
    private int next;

    /** Starts {@code producer} on a new thread; it gives each row to the consumer it is passed. */
    ReadAhead(String name, Consumer<Consumer<T>> producer) {
        thread = new Thread(() -> {
            List<T> rows = new ArrayList<>(CHUNK);
            try {
                producer.accept(row -> {
                    rows.add(row);
                    if (rows.size() == CHUNK) {
                        hand(new ArrayList<>(rows));
                        rows.clear();
                    }
                });
            } catch (RuntimeException e) {
                failure = e;
            } finally {
                try {
                    hand(rows);
                    hand(END);
                } catch (CancellationException stopped) {
                    // closed: nobody reads any more
                }
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void hand(List<?> rows) {
        try {
            while (!queue.offer(rows, 100, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    throw new CancellationException("the reader of " + thread.getName() + " stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }

    @Override
    public boolean hasNext() {
        while (next == chunk.size()) {
            if (chunk == END) {
                return false;
            }
            try {
                chunk = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while waiting for " + thread.getName());
            }
            next = 0;
        }
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return (T) chunk.get(next++);
    }

    /** Waits for the producer to end and throws its failure, if any: call it once every row is consumed. */
    void finish() {
        while (hasNext()) {
            next();
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for " + thread.getName());
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Stops the producer if it is still running (the caller gave up, e.g. a failed write). */
    @Override
    public void close() {
        closed = true;
        queue.clear();
    }
}
