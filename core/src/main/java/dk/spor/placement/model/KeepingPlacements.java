package dk.spor.placement.model;

import dk.spor.placement.model.SessionAllocator.Module;
import dk.spor.placement.model.SessionAllocator.Prior;
import dk.spor.placement.model.SessionAllocator.Request;
import dk.spor.placement.model.SessionAllocator.Team;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Step 1 of an allocation: keep what can stay. Each earlier placement in a session that still exists (and is not on a
 * holiday, or has begun) is kept; walking a person's modules in order, one that comes too soon after the one before is
 * let go unless it is pinned or has begun; where a session now holds more than its capacity, whole team groups are
 * let go, the last in placing order first.
 */
final class KeepingPlacements {

    private final Request request;
    private final List<Module> modules;
    private final int gap;
    private final List<Team> order;
    private final int[][] members;
    private final List<UUID> people;
    private final Map<UUID, Integer> personIndex;
    private final List<Slot> slots;
    private final Map<UUID, Integer> slotIndex;
    private final int[][] at;
    private final boolean[][] pinned;

    KeepingPlacements(Allocation a) {
        this.request = a.request;
        this.modules = a.modules;
        this.gap = a.gap;
        this.order = a.order;
        this.members = a.members;
        this.people = a.people;
        this.personIndex = a.personIndex;
        this.slots = a.slots;
        this.slotIndex = a.slotIndex;
        this.at = a.at;
        this.pinned = a.pinned;
    }

    void keep() {
        int[][] kept = new int[modules.size()][people.size()];
        for (int m = 0; m < modules.size(); m++) {
            Arrays.fill(kept[m], -1);
            Map<UUID, Prior> before = request.previous().getOrDefault(modules.get(m).id(), Map.of());
            for (Map.Entry<UUID, Prior> e : before.entrySet()) {
                Integer p = personIndex.get(e.getKey());
                Integer s = slotIndex.get(e.getValue().session());
                if (p == null || s == null) {
                    continue;
                }
                Slot slot = slots.get(s);
                if (slot.module == m && (slot.usable || slot.begun)) {
                    kept[m][p] = s;
                    pinned[m][p] = e.getValue().pinned();
                }
            }
        }
        // order: a placement too soon after the one before goes, unless it is pinned or has begun
        for (int p = 0; p < people.size(); p++) {
            long last = Long.MIN_VALUE;
            for (int m = 0; m < modules.size(); m++) {
                if (kept[m][p] < 0) {
                    continue;
                }
                Slot slot = slots.get(kept[m][p]);
                if (!slot.begun && !pinned[m][p] && last != Long.MIN_VALUE && slot.day < last + gap) {
                    kept[m][p] = -1;
                    continue;
                }
                last = slot.day;
            }
        }
        // capacity: whole team groups in placing order, until the session is full
        for (int m = 0; m < modules.size(); m++) {
            for (int t = 0; t < order.size(); t++) {
                Map<Integer, List<Integer>> bySession = new LinkedHashMap<>();
                for (int p : members[t]) {
                    if (kept[m][p] >= 0) {
                        bySession.computeIfAbsent(kept[m][p], s -> new ArrayList<>()).add(p);
                    }
                }
                for (Map.Entry<Integer, List<Integer>> group : bySession.entrySet()) {
                    Slot slot = slots.get(group.getKey());
                    if (slot.begun || group.getValue().size() <= slot.room()) {
                        for (int p : group.getValue()) {
                            at[m][p] = group.getKey();
                        }
                        slot.taken += group.getValue().size();
                    }
                }
            }
        }
    }
}
