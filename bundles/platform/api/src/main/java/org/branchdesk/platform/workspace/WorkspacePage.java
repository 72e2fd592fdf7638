package org.branchdesk.platform.workspace;

import java.util.Map;
import java.util.Set;

import org.branchdesk.platform.security.Role;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard: one page of the staff workspace, shipped by the bundle that registers this service.
 * The page's files are the entries of {@link #folder()} in that bundle; the shell serves them at
 * {@code /ui/pages/<id>/...} and loads {@link #entry()} there as an ES module whose default export
 * (or export {@code mount}) is called as {@code mount(element, ctx)}: see docs/workspace.md.
 * <p>
 * A page whose id is malformed or taken by a higher-ranked page, whose titles lack English, whose
 * roles are empty or whose entry file is missing is left out and logged. When the bundle stops the
 * page and its files disappear.
 */
@ConsumerType
public interface WorkspacePage {

    /** The route and folder name: lower-case letters, digits and {@code -}, e.g. {@code lobby}. */
    String id();

    /** The page's title by language tag: {@code en} (required) and {@code zh-CN}. */
    Map<String, String> titles();

    /** Who sees the page in the navigation; the REST calls it makes are authorised as always. */
    Set<Role> roles();

    /** The folder in the registering bundle holding the page's files, e.g. {@code workspace/lobby}. */
    String folder();

    /** The entry script inside {@link #folder()}, e.g. {@code lobby.js}. */
    default String entry() {
        return id() + ".js";
    }

    /** The position in the navigation, lowest first; the built-in pages use 100, 200, ... */
    default int order() {
        return 1000;
    }
}
