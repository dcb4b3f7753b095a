package dk.spor.placement.model;

import dk.spor.placement.model.SessionAllocator.Module;
import dk.spor.placement.model.SessionAllocator.Move;
import dk.spor.placement.model.SessionAllocator.OnHoliday;
import dk.spor.placement.model.SessionAllocator.Outcome;
import dk.spor.placement.model.SessionAllocator.Part;
import dk.spor.placement.model.SessionAllocator.Placed;
import dk.spor.placement.model.SessionAllocator.Prior;
import dk.spor.placement.model.SessionAllocator.Request;
import dk.spor.placement.model.SessionAllocator.Session;
import dk.spor.placement.model.SessionAllocator.Team;
import dk.spor.placement.model.SessionAllocator.Unplaced;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Step 3 of an allocation: the outcome, in a stable order — each module's placement and parts (in session time
 * order), the teams split, who moved from where they were before, and the unplaced in module and placing order.
 */
final class AllocationOutcome {

    private final Allocation a;
    private final Request request;
    private final List<Module> modules;
    private final List<Team> order;
    private final int[][] members;
    private final int[] supportOf;
    private final List<UUID> people;
    private final Map<UUID, Integer> personIndex;
    private final int[] teamOfPerson;
    private final List<Slot> slots;
    private final Map<UUID, Integer> slotIndex;
    private final int[][] at;
    private final boolean[][] pinned;
    private final List<Unplaced> unplaced;
    private final List<OnHoliday> onHolidays;

    AllocationOutcome(Allocation a) {
        this.a = a;
        this.request = a.request;
        this.modules = a.modules;
        this.order = a.order;
        this.members = a.members;
        this.supportOf = a.supportOf;
        this.people = a.people;
        this.personIndex = a.personIndex;
        this.teamOfPerson = a.teamOfPerson;
        this.slots = a.slots;
        this.slotIndex = a.slotIndex;
        this.at = a.at;
        this.pinned = a.pinned;
        this.unplaced = a.unplaced;
        this.onHolidays = a.onHolidays;
    }

    Outcome outcome() {
        Map<UUID, Map<UUID, Placed>> placement = new LinkedHashMap<>();
        List<Part> parts = new ArrayList<>();
        Set<UUID> split = new LinkedHashSet<>();
        List<Move> moves = new ArrayList<>();
        for (int m = 0; m < modules.size(); m++) {
            Module module = modules.get(m);
            Map<UUID, Placed> here = new LinkedHashMap<>();
            List<Part> partsHere = new ArrayList<>();
            for (int t = 0; t < order.size(); t++) {
                UUID team = order.get(t).id();
                Map<Integer, List<Integer>> bySession = new LinkedHashMap<>();
                for (int p : members[t]) {
                    if (at[m][p] >= 0) {
                        here.put(people.get(p), new Placed(slots.get(at[m][p]).session.id(), team, pinned[m][p]
                                && request.previous().getOrDefault(module.id(), Map.of()).get(people.get(p))
                                .session().equals(slots.get(at[m][p]).session.id())));
                        bySession.computeIfAbsent(at[m][p], s -> new ArrayList<>()).add(p);
                    }
                }
                if (bySession.size() > 1) {
                    split.add(team);
                }
                for (Map.Entry<Integer, List<Integer>> e : bySession.entrySet()) {
                    int[] group = e.getValue().stream().mapToInt(Integer::intValue).toArray();
                    Session session = slots.get(e.getKey()).session;
                    partsHere.add(new Part(module.id(), session.id(), team,
                            Arrays.stream(group).mapToObj(people::get).toList(),
                            supportOf[t] >= 0 && e.getValue().contains(supportOf[t]), a.busy(group, session)));
                }
            }
            partsHere.sort(Comparator.comparing((Part p) -> slots.get(slotIndex.get(p.session())).session.start())
                    .thenComparing(Part::session));
            parts.addAll(partsHere);
            placement.put(module.id(), here);
            Map<UUID, Prior> before = request.previous().getOrDefault(module.id(), Map.of());
            for (Team team : request.teams()) {
                for (UUID person : team.members()) {
                    Prior prior = before.get(person);
                    Integer p = personIndex.get(person);
                    if (prior == null || order.get(teamOfPerson[p]) != team) {
                        continue;
                    }
                    UUID now = at[m][p] < 0 ? null : slots.get(at[m][p]).session.id();
                    if (!prior.session().equals(now)) {
                        moves.add(new Move(person, team.id(), module.id(), prior.session(), now));
                    }
                }
            }
        }
        Map<UUID, Integer> position = new HashMap<>();
        for (int m = 0; m < modules.size(); m++) {
            position.put(modules.get(m).id(), m);
        }
        Map<UUID, Integer> rank = new HashMap<>();
        for (int t = 0; t < order.size(); t++) {
            rank.putIfAbsent(order.get(t).id(), t);
        }
        List<Unplaced> sortedUnplaced = new ArrayList<>(unplaced);
        sortedUnplaced.sort(Comparator.comparing((Unplaced u) -> position.get(u.module()))
                .thenComparing(u -> rank.get(u.team())));
        return new Outcome(placement, parts, sortedUnplaced, moves, List.copyOf(onHolidays), split);
    }
}
