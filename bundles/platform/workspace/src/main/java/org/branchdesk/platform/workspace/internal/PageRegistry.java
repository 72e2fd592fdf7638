package org.branchdesk.platform.workspace.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

import org.branchdesk.platform.security.Caller;
import org.branchdesk.platform.workspace.WorkspacePage;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages registered as {@link WorkspacePage} services (modules come and go): checked by
 * {@link PageRules} as they arrive; for each id the highest-ranked one is listed. A page whose
 * bundle stops is gone at once, with its files.
 */
@Component(service = PageRegistry.class)
public final class PageRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(PageRegistry.class);

    /** Every accepted registration, by service id. */
    private final Map<Long, Candidate> candidates = new ConcurrentHashMap<>();

    private record Candidate(RegisteredPage page, int ranking, long serviceId) {
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addPage(ServiceReference<WorkspacePage> ref, WorkspacePage page) {
        long id = (Long) ref.getProperty(Constants.SERVICE_ID);
        List<String> problems;
        try {
            problems = PageRules.problems(page);
        } catch (RuntimeException e) {
            problems = List.of("it failed to describe itself: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            LOG.warn("The workspace page of bundle {} is left out: {}", ref.getBundle().getSymbolicName(), String.join("; ", problems));
            return;
        }
        RegisteredPage registered = RegisteredPage.of(page, ref.getBundle());
        if (registered.file(registered.entry()) == null) {
            LOG.warn("The workspace page '{}' of bundle {} is left out: its entry {}/{} is not in the bundle", registered.id(),
                    ref.getBundle().getSymbolicName(), registered.folder(), registered.entry());
            return;
        }
        Object ranking = ref.getProperty(Constants.SERVICE_RANKING);
        candidates.put(id, new Candidate(registered, ranking instanceof Integer r ? r : 0, id));
        LOG.info("Workspace page '{}' from {}", registered.id(), ref.getBundle().getSymbolicName());
    }

    void removePage(ServiceReference<WorkspacePage> ref) {
        candidates.remove((Long) ref.getProperty(Constants.SERVICE_ID));
    }

    /** The page listed for each id: highest ranking, then the first registered. */
    List<RegisteredPage> pages() {
        Map<String, Candidate> winners = new ConcurrentSkipListMap<>();
        for (Candidate c : candidates.values()) {
            winners.merge(c.page().id(), c, (a, b) -> better(a, b) ? a : b);
        }
        return winners.values().stream().map(Candidate::page)
                .sorted(Comparator.comparingInt(RegisteredPage::order).thenComparing(RegisteredPage::id)).toList();
    }

    private static boolean better(Candidate a, Candidate b) {
        return a.ranking() != b.ranking() ? a.ranking() > b.ranking() : a.serviceId() < b.serviceId();
    }

    Optional<RegisteredPage> page(String id) {
        return pages().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The pages the caller's roles permit, in navigation order. */
    List<RegisteredPage> permitted(Caller caller) {
        return pages().stream().filter(p -> p.roles().stream().anyMatch(caller::has)).toList();
    }

    /**
     * A page as the shell lists it: its route, titles, where its entry script is loaded from and
     * the module it belongs to.
     */
    public record PageLink(String id, Map<String, String> titles, String entry, String module, int order) {
    }

    /** The links of the pages the caller may open (any authenticated caller asks; the roles filter). */
    public List<PageLink> forCaller(Caller caller) {
        return permitted(caller).stream().map(p -> new PageLink(p.id(), p.titles(), p.entryUrl(), p.module(), p.order())).toList();
    }
}
