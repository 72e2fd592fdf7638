package org.branchdesk.platform.web.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The charset of a request's or response's character encoding, as the servlet API defaults it. */
final class Charsets {

    private Charsets() {
    }

    /** ISO-8859-1 when none is declared (the servlet default), UTF-8 when the declared one is unknown. */
    static Charset of(String name) {
        try {
            return name == null ? StandardCharsets.ISO_8859_1 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
