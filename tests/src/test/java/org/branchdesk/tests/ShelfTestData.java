package org.branchdesk.tests;

/** What the shelf's tests share: waiting for the marketing resources, a full set of answers to the default questionnaire. */
final class ShelfTestData {

    private ShelfTestData() {
    }

    /** The whiteboard registers resources asynchronously: waits until the shelf answers. */
    static void awaitShelf(Http http, String token) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (http.get("marketing/products/families", token).status() == 404) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the marketing shelf never answered");
            }
            Thread.sleep(100);
        }
    }

    /** Answers to the default questionnaire scoring {@code 14+15+15+20+12+12+12 = 100} (C5). */
    static final String BOLD = "{\"answers\":{\"age\":\"B\",\"experience\":\"D\",\"horizon\":\"D\",\"loss\":\"E\",\"income\":\"D\","
            + "\"share\":\"A\",\"objective\":\"D\"}}";
    /** Answers scoring {@code 10+5+10+5+4+8+4 = 46} (C3). */
    static final String BALANCED = "{\"answers\":{\"age\":\"C\",\"experience\":\"B\",\"horizon\":\"C\",\"loss\":\"B\",\"income\":\"B\","
            + "\"share\":\"B\",\"objective\":\"B\"}}";
    /** Answers scoring 0 (C1). */
    static final String CAUTIOUS = "{\"answers\":{\"age\":\"E\",\"experience\":\"A\",\"horizon\":\"A\",\"loss\":\"A\",\"income\":\"A\","
            + "\"share\":\"D\",\"objective\":\"A\"}}";
}
