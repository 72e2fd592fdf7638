package org.branchdesk.platform.figures;

/** A figure's value for one customer manager (or other member of staff). */
public record ManagerFigure(String username, String name, double value) {
}
