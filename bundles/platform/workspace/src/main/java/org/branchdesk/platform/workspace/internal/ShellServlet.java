package org.branchdesk.platform.workspace.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLConnection;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * Everything of the workspace outside {@code /api}: the shell document at {@code /}, the shell's
 * files at {@code /ui/shell/...} (from this bundle) and each page's files at
 * {@code /ui/pages/<id>/...}, from the bundle that registered the page. Nothing else is served;
 * every answer carries the strict {@link StaticFiles#CSP}. Files are revalidated on every load
 * (no-cache with an ETag), so a module updated in deploy/ is seen at the next load.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("branchdesk.workspace")
@HttpWhiteboardServletPattern("/")
@HttpWhiteboardContextSelect(WorkspaceContext.SELECT)
public final class ShellServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String SHELL_FOLDER = "workspace/shell";
    private static final String PAGES = "/ui/pages/";
    private static final String SHELL = "/ui/shell/";

    private final transient Bundle own;
    private final transient PageRegistry registry;

    @Activate
    public ShellServlet(BundleContext context, @Reference PageRegistry registry) {
        this.own = context.getBundle();
        this.registry = registry;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
        StaticFiles.HEADERS.forEach(res::setHeader);
        if (!"GET".equals(req.getMethod()) && !"HEAD".equals(req.getMethod())) {
            res.setHeader("Allow", "GET, HEAD");
            plain(res, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Only GET and HEAD.");
            return;
        }
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.isEmpty()) {
            path = "/";
        }
        Located file = locate(path);
        if (file == null || file.url() == null) {
            plain(res, HttpServletResponse.SC_NOT_FOUND, "Not found.");
            return;
        }
        send(req, res, file);
    }

    private record Located(URL url, String type, Bundle bundle) {
    }

    private Located locate(String path) {
        if (path.isEmpty() || path.equals("/") || path.equals("/index.html") || path.equals("/ui/")) {
            return file(own, SHELL_FOLDER, "index.html");
        }
        if (path.startsWith(SHELL)) {
            return file(own, SHELL_FOLDER, path.substring(SHELL.length()));
        }
        if (path.startsWith(PAGES)) {
            String rest = path.substring(PAGES.length());
            int slash = rest.indexOf('/');
            if (slash <= 0) {
                return null;
            }
            RegisteredPage page = registry.page(rest.substring(0, slash)).orElse(null);
            String inside = rest.substring(slash + 1);
            if (page == null || !PageRules.safePath(inside) || StaticFiles.type(inside) == null) {
                return null;
            }
            return new Located(page.file(inside), StaticFiles.type(inside), page.bundle());
        }
        return null;
    }

    private static Located file(Bundle bundle, String folder, String inside) {
        if (!PageRules.safePath(inside) || StaticFiles.type(inside) == null) {
            return null;
        }
        return new Located(bundle.getEntry(folder + "/" + inside), StaticFiles.type(inside), bundle);
    }

    private static void send(HttpServletRequest req, HttpServletResponse res, Located file) throws IOException {
        String etag = "\"" + Long.toHexString(file.bundle().getBundleId()) + "-" + Long.toHexString(file.bundle().getLastModified())
                + "-" + Integer.toHexString(file.url().getPath().hashCode()) + "\"";
        res.setHeader("Cache-Control", "no-cache");
        res.setHeader("ETag", etag);
        if (etag.equals(req.getHeader("If-None-Match"))) {
            res.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        URLConnection connection = file.url().openConnection();
        res.setContentType(file.type());
        long length = connection.getContentLengthLong();
        if (length >= 0) {
            res.setContentLengthLong(length);
        }
        if ("HEAD".equals(req.getMethod())) {
            return;
        }
        try (InputStream in = connection.getInputStream(); OutputStream out = res.getOutputStream()) {
            in.transferTo(out);
        }
    }

    private static void plain(HttpServletResponse res, int status, String text) throws IOException {
        res.setStatus(status);
        res.setHeader("Cache-Control", "no-store");
        res.setContentType("text/plain; charset=utf-8");
        res.getWriter().write(text);
    }
}
