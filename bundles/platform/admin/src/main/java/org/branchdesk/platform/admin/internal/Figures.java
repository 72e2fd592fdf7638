package org.branchdesk.platform.admin.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.branchdesk.platform.api.Branch;
import org.branchdesk.platform.api.BranchProfile;
import org.branchdesk.platform.api.ForbiddenException;
import org.branchdesk.platform.figures.Figure;
import org.branchdesk.platform.figures.FigurePeriod;
import org.branchdesk.platform.figures.FigureSource;
import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The figures of every registered {@link FigureSource} for a period, for the centre head's
 * dashboard and for reporting ({@code GET /api/figures}). A source that fails, or gives a figure
 * whose id another source took, is logged and named in {@code unavailable}; the rest are served.
 */
@Component(service = Figures.class)
public final class Figures {

    private static final Logger LOG = LoggerFactory.getLogger(Figures.class);

    /** Who may read the centre's figures: they are computed over every customer and member of staff. */
    static final Set<Role> READ = Set.of(Role.CENTER_HEAD);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<FigureSource> sources;

    private final Branch branch;

    @Activate
    public Figures(@Reference Branch branch) {
        this.branch = branch;
    }

    /** The centre a set of figures describes. */
    public record Centre(String id, String name, String tier) {
    }

    /** A source left out of an answer, and why, in words for the reader. */
    public record Unavailable(String source, String reason) {
    }

    /** The answer: the centre, the period, the figures by id, and the sources that failed. */
    public record Answer(Centre centre, LocalDate from, LocalDate to, List<Figure> figures, List<Unavailable> unavailable) {
    }

    /** A source as the answer names it: its class's simple name, the full name for an anonymous or lambda class. */
    static String name(FigureSource source) {
        Class<?> type = source.getClass();
        String simple = type.getSimpleName();
        return simple.isEmpty() || type.isSynthetic() || simple.contains("$$") ? type.getName() : simple;
    }

    public Answer collect(FigurePeriod period, Caller caller) {
        caller.require(READ, "reading the centre's figures");
        BranchProfile profile = branch.profile();
        List<Figure> figures = new ArrayList<>();
        List<Unavailable> unavailable = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<FigureSource> current = sources;
        for (FigureSource source : current == null ? List.<FigureSource>of() : current) {
            String name = name(source);
            try {
                for (Figure f : source.figures(period, caller)) {
                    if (ids.add(f.id())) {
                        figures.add(f);
                    } else {
                        LOG.warn("Figure {} of {} is left out: another source gave it first", f.id(), name);
                    }
                }
            } catch (ForbiddenException e) {
                unavailable.add(new Unavailable(name, e.getMessage()));
            } catch (RuntimeException e) {
                LOG.warn("The figure source {} failed", name, e);
                unavailable.add(new Unavailable(name, "its figures could not be computed; the log says why"));
            }
        }
        figures.sort(Comparator.comparing(Figure::id));
        return new Answer(new Centre(profile.id(), profile.name(), profile.tier().name()), period.from(), period.to(), figures,
                unavailable);
    }
}
