package org.branchdesk.customer.impl.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;

import org.branchdesk.customer.api.ManagerLevel;
import org.branchdesk.customer.api.Segment;
import org.branchdesk.customer.impl.internal.AllocationRules.Candidate;
import org.branchdesk.customer.impl.internal.AllocationRules.Choice;
import org.branchdesk.customer.impl.internal.AllocationRules.Manager;
import org.branchdesk.customer.impl.internal.AllocationRules.Outcome;
import org.junit.Test;

public class AllocationRulesTest {

    private final AllocationRules rules = AllocationRules.of(new String[] { "LEAD_FOLLOWER", "LEAST_LOADED" },
            new String[] { "PRIVATE=SENIOR", "HIGH=MANAGER", "MID=MANAGER" });

    private static Manager m(String name, ManagerLevel level, int capacity, int load) {
        return new Manager(name, level, capacity, load);
    }

    @Test
    public void theLeastLoadedEligibleManagerTiesByUsernameAndLoadsCountTheRun() {
        Outcome o = rules.decide(List.of(new Candidate("C1", Segment.MID), new Candidate("C2", Segment.MID), new Candidate("C3", Segment.MID)),
                Map.of(), List.of(m("b", ManagerLevel.MANAGER, 10, 1), m("a", ManagerLevel.MANAGER, 10, 1), m("c", ManagerLevel.MANAGER, 10, 3)));
        assertEquals(List.of(new Choice("C1", "a", "LEAST_LOADED"), new Choice("C2", "b", "LEAST_LOADED"),
                new Choice("C3", "a", "LEAST_LOADED")), o.choices());
        assertEquals(List.of(), o.unassigned());
    }

    @Test
    public void aPrivateCustomerNeedsASeniorManagerOrAbove() {
        Outcome o = rules.decide(List.of(new Candidate("P1", Segment.PRIVATE), new Candidate("P2", Segment.PRIVATE)), Map.of(),
                List.of(m("junior", ManagerLevel.MANAGER, 10, 0), m("principal", ManagerLevel.PRINCIPAL, 1, 0)));
        assertEquals(List.of(new Choice("P1", "principal", "LEAST_LOADED")), o.choices());
        assertEquals("the only senior enough is full", List.of("P2"), o.unassigned());
        assertEquals(ManagerLevel.ASSISTANT, rules.needed(Segment.ORDINARY));
    }

    @Test
    public void aHintWinsWhenItsManagerIsEligibleAndIsPassedOverOtherwise() {
        List<Candidate> candidates = List.of(new Candidate("C1", Segment.HIGH), new Candidate("C2", Segment.PRIVATE),
                new Candidate("C3", Segment.MID), new Candidate("C4", Segment.MID));
        Map<String, Map<String, String>> hints = Map.of("LEAD_FOLLOWER", Map.of("C1", "busy", "C2", "busy", "C3", "gone", "C4", "busy"));
        Outcome o = rules.decide(candidates, hints, List.of(m("busy", ManagerLevel.MANAGER, 2, 1), m("idle", ManagerLevel.SENIOR, 10, 0)));
        assertEquals(new Choice("C1", "busy", "LEAD_FOLLOWER"), o.choices().get(0));
        assertEquals("too junior for PRIVATE", new Choice("C2", "idle", "LEAST_LOADED"), o.choices().get(1));
        assertEquals("not an active manager", new Choice("C3", "idle", "LEAST_LOADED"), o.choices().get(2));
        assertEquals("full after C1", new Choice("C4", "idle", "LEAST_LOADED"), o.choices().get(3));
    }

    @Test
    public void withoutLeastLoadedInTheOrderOnlyHintsPlaceCustomers() {
        AllocationRules hintsOnly = AllocationRules.of(new String[] { "LEAD_FOLLOWER" }, new String[0]);
        Outcome o = hintsOnly.decide(List.of(new Candidate("C1", Segment.MID), new Candidate("C2", Segment.MID)),
                Map.of("LEAD_FOLLOWER", Map.of("C1", "a")), List.of(m("a", ManagerLevel.ASSISTANT, 5, 0)));
        assertEquals(List.of(new Choice("C1", "a", "LEAD_FOLLOWER")), o.choices());
        assertEquals(List.of("C2"), o.unassigned());
        assertEquals("no managers: everyone unassigned", 2,
                rules.decide(List.of(new Candidate("C1", Segment.MID), new Candidate("C2", Segment.MID)), Map.of(), List.of())
                        .unassigned().size());
    }

    @Test
    public void aCapacityOfZeroTakesNobody() {
        Outcome o = rules.decide(List.of(new Candidate("C1", Segment.MID)), Map.of("LEAD_FOLLOWER", Map.of("C1", "z")),
                List.of(m("z", ManagerLevel.PRINCIPAL, 0, 0)));
        assertEquals(List.of("C1"), o.unassigned());
    }

    @Test
    public void rulesThatCannotBeAreNotMade() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AllocationRules.of(new String[] { "LEAST_LOADED" }, new String[] { "PRIVATE=BOSS" }));
        assertTrue(e.getMessage(), e.getMessage().startsWith("levels"));
    }
}
