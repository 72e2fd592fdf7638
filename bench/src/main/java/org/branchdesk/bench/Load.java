package org.branchdesk.bench;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Closed-loop load: T client threads each send the next request as soon as the last answered,
 * for a warm-up and then a measured period. Every answer must have the expected status; each
 * measured request's latency is kept, so the percentiles are exact, not estimated. With several
 * runtimes of one branch, the clients are split evenly over them (client t on runtime t mod k).
 */
final class Load {

    record Result(String name, int runtimes, int threads, double seconds, long requests, long errors, long warmupErrors, double throughput,
            double p50, double p99, double p999, double max, long rssMegabytes) {
        Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("endpoint", name);
            if (runtimes > 1) {
                m.put("runtimes", runtimes); // rssMb is then the runtimes' sum
            }
            m.put("threads", threads);
            m.put("seconds", seconds);
            m.put("requests", requests);
            m.put("errors", errors);
            m.put("warmupErrors", warmupErrors);
            m.put("throughput", Math.round(throughput * 10) / 10.0);
            m.put("p50Ms", round(p50));
            m.put("p99Ms", round(p99));
            m.put("p999Ms", round(p999));
            m.put("maxMs", round(max));
            m.put("rssMb", rssMegabytes);
            return m;
        }
    }

    static Result run(Branch branch, String name, int threads, int warmupSeconds, int seconds, int expected,
            IntFunction<HttpRequest.Builder> request) throws Exception {
        return run(branch, name, threads, warmupSeconds, seconds, expected, request, body -> {
        });
    }

    /** The same, giving every answer of the expected status to {@code answered} (a later load may use what it created). */
    static Result run(Branch branch, String name, int threads, int warmupSeconds, int seconds, int expected,
            IntFunction<HttpRequest.Builder> request, Consumer<byte[]> answered) throws Exception {
        return run(List.of(branch), name, threads, warmupSeconds, seconds, expected, (b, i) -> request.apply(i), answered);
    }

    /**
     * The same over several runtimes of one branch: {@code request} builds the i-th request for the
     * runtime the client is on; throughput and latencies are of all clients together.
     */
    static Result run(List<Branch> branches, String name, int threads, int warmupSeconds, int seconds, int expected,
            BiFunction<Branch, Integer, HttpRequest.Builder> request, Consumer<byte[]> answered) throws Exception {
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong errors = new AtomicLong();
        AtomicLong warmupErrors = new AtomicLong(); // not in the figures, but never hidden
        long[][] latencies = new long[threads][];
        int[] counts = new int[threads];
        String[] firstError = new String[1];
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int id = t;
            Branch branch = branches.get(t % branches.size());
            latencies[t] = new long[1 << 16];
            workers[t] = new Thread(() -> {
                int i = id * 7919;
                while (running.get()) {
                    i++;
                    HttpRequest req = request.apply(branch, i).build();
                    long start = System.nanoTime();
                    int status;
                    try {
                        HttpResponse<byte[]> r = branch.http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        status = r.statusCode();
                        if (status == expected) {
                            answered.accept(r.body());
                        } else if (firstError[0] == null) {
                            firstError[0] = status + " " + new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
                        }
                    } catch (Exception e) {
                        status = -1;
                        if (firstError[0] == null) {
                            firstError[0] = e.toString();
                        }
                    }
                    long nanos = System.nanoTime() - start;
                    if (!measuring.get() && status != expected) {
                        warmupErrors.incrementAndGet();
                    }
                    if (measuring.get()) {
                        if (status != expected) {
                            errors.incrementAndGet();
                        }
                        if (counts[id] == latencies[id].length) {
                            latencies[id] = Arrays.copyOf(latencies[id], counts[id] * 2);
                        }
                        latencies[id][counts[id]++] = nanos;
                    }
                }
            }, "load-" + name + "-" + t);
            workers[t].start();
        }
        Thread.sleep(warmupSeconds * 1000L);
        long rss = rss(branches);
        measuring.set(true);
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        rss = Math.max(rss, rss(branches));
        measuring.set(false);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        running.set(false);
        for (Thread w : workers) {
            w.join();
        }
        long total = Arrays.stream(counts).asLongStream().sum();
        long[] all = new long[(int) total];
        int k = 0;
        for (int t = 0; t < threads; t++) {
            System.arraycopy(latencies[t], 0, all, k, counts[t]);
            k += counts[t];
        }
        Arrays.sort(all);
        if (errors.get() + warmupErrors.get() > 0) {
            System.out.println("  " + name + ": " + errors.get() + " unexpected answers (" + warmupErrors.get()
                    + " more in the warm-up), first: " + firstError[0]);
        }
        return new Result(name, branches.size(), threads, elapsed, total, errors.get(), warmupErrors.get(), total / elapsed, ms(all, 0.50), ms(all, 0.99), ms(all, 0.999),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6, rss);
    }

    private static long rss(List<Branch> branches) throws java.io.IOException {
        long sum = 0;
        for (Branch b : branches) {
            sum += b.rssMegabytes();
        }
        return sum;
    }

    private static double ms(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
