/**
 * The figures a centre is judged by, each contributed by the module that owns the data through a
 * {@link org.branchdesk.platform.figures.FigureSource} (a whiteboard, as view sections are) and
 * served together at {@code GET /api/figures} for the centre head's dashboard and for reporting.
 * An absent module's figures are absent.
 */
@Export
@Version("1.0.0")
package org.branchdesk.platform.figures;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
