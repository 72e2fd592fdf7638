package org.branchdesk.platform.workspace.internal;

import java.util.Map;

/** What the workspace's files are sent with (pure rules): their types and the headers of every answer. */
final class StaticFiles {

    /**
     * The Content-Security-Policy of every workspace answer: scripts, styles, images and calls only
     * from this server, no inline script or style, no plug-ins, no framing, forms only to here.
     */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'; object-src 'none'";

    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "Cross-Origin-Opener-Policy", "same-origin",
            "Permissions-Policy", "camera=(), microphone=(), geolocation=()");

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "woff2", "font/woff2",
            "txt", "text/plain; charset=utf-8");

    private StaticFiles() {
    }

    /** The media type of a file by its extension; null for a kind the workspace does not serve. */
    static String type(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? null : TYPES.get(path.substring(dot + 1));
    }
}
