package org.branchdesk.bench;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The counter module (业务处理) under load: tellers submitting requests and business officers
 * approving them, beside the trivial resource measured in the same minute (the stack's ceiling).
 * Each submission is a large transfer of a different customer and payee (so that none is the
 * same request as another: the module merges those), 100,000 CNY: one officer's approval under
 * the default policy. Every approval takes one request submitted by the first load (the
 * approver is never its maker), and hands it over to the shipped core banking default
 * (to be keyed). Between them, the officers' inbox with everything still pending. With the bench
 * bundle deployed, the durable write (one authenticated insert and commit) is measured after the
 * trivial resource, in the same minutes, and is the submit and approve lines' ceiling.
 */
final class CounterLoad {

    static final int TELLERS = 4;
    static final int OFFICERS = 4;
    private static final String PASSWORD = "bench-password-1";

    private CounterLoad() {
    }

    /** {@code writes}: the bench bundle is deployed, and the durable write is measured as the write lines' ceiling. */
    static Map<String, Object> run(Branch branch, String admin, int n, int threads, int warmup, int seconds, boolean writes)
            throws Exception {
        List<String> tellers = new ArrayList<>();
        List<String> officers = new ArrayList<>();
        for (int k = 1; k <= TELLERS; k++) {
            branch.createStaff(admin, "bench.teller" + k, PASSWORD, "TELLER");
            tellers.add(branch.login("bench.teller" + k, PASSWORD));
        }
        for (int k = 1; k <= OFFICERS; k++) {
            branch.createStaff(admin, "bench.officer" + k, PASSWORD, "BUSINESS_OFFICER");
            officers.add(branch.login("bench.officer" + k, PASSWORD));
        }
        branch.createStaff(admin, "bench.head", PASSWORD, "CENTER_HEAD");
        String head = branch.login("bench.head", PASSWORD);
        Generator people = new Generator(n, 42);
        int sample = Math.min(n, 10_000);
        String[] ids = new String[sample];
        String[] cards = new String[sample];
        for (int i = 0; i < sample; i++) {
            Generator.Person p = people.person((int) ((long) i * n / sample));
            ids[i] = p.id();
            cards[i] = p.cards().split(";")[0];
        }
        String run = Long.toString(System.currentTimeMillis(), 36);
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<long[]> pending = new ConcurrentLinkedQueue<>();
        IntFunction<HttpRequest.Builder> submit = i -> {
            int s = next.getAndIncrement();
            return branch.request("counter/requests", tellers.get(s % TELLERS)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"LARGE_TRANSFER\",\"customerId\":\"" + ids[s % sample]
                            + "\",\"amount\":100000,\"fields\":{\"fromAccount\":\"" + cards[s % sample]
                            + "\",\"toAccount\":\"6217000010001234567\",\"payeeName\":\"Bench payee " + run + "-" + s
                            + "\"},\"clientKey\":\"bench-" + run + "-" + s + "\"}"));
        };
        IntFunction<HttpRequest.Builder> inbox = i -> branch.request("counter/inbox?limit=20", officers.get(Math.floorMod(i, OFFICERS)));
        AtomicInteger missing = new AtomicInteger();
        IntFunction<HttpRequest.Builder> approve = i -> {
            long[] r = pending.poll();
            if (r == null) {
                missing.incrementAndGet(); // every submission approved: this one is a 404, counted as an error
                r = new long[] { 0, 1 };
            }
            return branch.request("counter/inbox/" + r[0] + "/approve", officers.get(Math.floorMod(i, OFFICERS)))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"version\":" + r[1] + "}"));
        };

        List<Map<String, Object>> loads = new ArrayList<>();
        loads.add(Load.run(branch, "trivial (GET /api/branch), the counter's ceiling", threads, warmup, seconds, 200,
                i -> branch.request("branch", head)).asMap());
        Map<String, Object> durable = null;
        if (writes) {
            durable = Load.run(branch, Bench.DURABLE_WRITE + ", the counter's", threads, warmup, seconds, 201,
                    Bench.durableWrite(branch, tellers.get(0))).asMap();
            loads.add(durable);
        }
        loads.add(Bench.write(Load.run(branch, "counter submit (POST /api/counter/requests)", threads, warmup, seconds, 201, submit,
                body -> pending.add(idAndVersion(body))).asMap()));
        loads.add(Load.run(branch, "counter inbox (GET /api/counter/inbox?limit=20)", threads, warmup, seconds, 200, inbox).asMap());
        loads.add(Bench.write(Load.run(branch, "counter approve (POST /api/counter/inbox/{id}/approve)", threads, warmup, seconds, 200,
                approve).asMap()));
        double ceiling = (Double) loads.get(0).get("throughput");
        for (Map<String, Object> l : loads) {
            l.put("ofCeiling", Math.round((Double) l.get("throughput") / ceiling * 1000) / 1000.0);
            Bench.ofDurableWrite(l, durable);
            System.out.println("counter " + l);
        }
        Map<String, Object> counter = new LinkedHashMap<>();
        counter.put("ceiling", ceiling);
        if (durable != null) {
            counter.put("durableWrite", durable.get("throughput"));
        }
        counter.put("submitted", next.get());
        counter.put("leftPending", pending.size());
        counter.put("approvalsWithoutARequest", missing.get());
        counter.put("load", loads);
        return counter;
    }

    /** The id and version of the request a submission answered (the request, or a submission holding it). */
    private static long[] idAndVersion(byte[] body) {
        try {
            JsonNode node = Branch.JSON.readTree(body);
            JsonNode request = node.has("request") ? node.get("request") : node;
            return new long[] { request.get("id").asLong(), request.get("version").asLong() };
        } catch (IOException e) {
            throw new IllegalStateException("not a request: " + new String(body, java.nio.charset.StandardCharsets.UTF_8), e);
        }
    }
}
