package org.branchdesk.platform.figures;

import java.util.List;

import org.branchdesk.platform.security.Caller;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard: a module's figures for a period, computed from its data when asked. Like every
 * service it checks its caller ({@code caller.require(...)}), whoever calls it.
 */
@ConsumerType
public interface FigureSource {

    /** The figures for {@code period}; ids are unique across sources, e.g. {@code lobby.arrivals}. */
    List<Figure> figures(FigurePeriod period, Caller caller);
}
