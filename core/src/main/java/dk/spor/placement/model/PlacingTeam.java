package dk.spor.placement.model;

import dk.spor.placement.model.SessionAllocator.Reason;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Step 2 of an allocation: place the others, a team and a module at a time. Those of the team without a session in
 * the module go to the session where most of their team already is, when it has room and keeps the order; otherwise
 * to the session {@link ChoosingASession} finds. A team larger than the module's largest session is split into as
 * few even parts as the room left allows (at most {@link SessionAllocator#EXTRA_PARTS} more than the fewest), the
 * support person in the first.
 */
final class PlacingTeam {

    private final Allocation a;
    private final ChoosingASession choosing;
    private final int[][] members;
    private final int[] supportOf;
    private final List<Slot> slots;
    private final int[][] slotsOf;
    private final int[][] at;

    PlacingTeam(Allocation a) {
        this.a = a;
        this.choosing = new ChoosingASession(a);
        this.members = a.members;
        this.supportOf = a.supportOf;
        this.slots = a.slots;
        this.slotsOf = a.slotsOf;
        this.at = a.at;
    }

    void place(int t, int m) {
        int[] needed = Arrays.stream(members[t]).filter(p -> at[m][p] < 0).toArray();
        if (needed.length == 0) {
            return;
        }
        boolean anyUsable = false;
        boolean anyBegun = false;
        int largest = 0;
        for (int s : slotsOf[m]) {
            Slot slot = slots.get(s);
            anyBegun |= slot.begun;
            if (slot.open()) {
                anyUsable = true;
                largest = Math.max(largest, slot.session.capacity());
            }
        }
        if (!anyUsable) {
            a.report(m, t, needed, anyBegun ? Reason.SESSIONS_OVER : Reason.NO_SESSION_WITH_ROOM);
            return;
        }
        // where most of the team already is: newcomers and those let go join them when there is room
        int home = home(t, m);
        if (home >= 0 && slots.get(home).room() >= needed.length && choosing.inOrder(slots.get(home), needed, m)) {
            a.put(home, needed, m);
            return;
        }
        if (needed.length <= largest) {
            ChoosingASession.Choice choice = choosing.choose(needed, m, null);
            if (choice.slot() >= 0) {
                a.put(choice.slot(), needed, m);
            } else {
                a.report(m, t, needed, choice.reason());
            }
            return;
        }
        int fewest = (needed.length + largest - 1) / largest;
        for (int k = fewest; k <= fewest + SessionAllocator.EXTRA_PARTS && k <= needed.length; k++) {
            List<int[]> parts = parts(needed, t, k);
            int[] trial = new int[slots.size()];
            int[] chosen = new int[parts.size()];
            int found = 0;
            for (int[] part : parts) {
                ChoosingASession.Choice choice = choosing.choose(part, m, trial);
                if (choice.slot() < 0) {
                    break;
                }
                chosen[found++] = choice.slot();
                trial[choice.slot()] += part.length;
            }
            if (found == parts.size()) {
                for (int i = 0; i < parts.size(); i++) {
                    a.put(chosen[i], parts.get(i), m);
                }
                return;
            }
        }
        // not every part found room: place what fits of the fewest parts, report the rest
        for (int[] part : parts(needed, t, fewest)) {
            ChoosingASession.Choice choice = choosing.choose(part, m, null);
            if (choice.slot() >= 0) {
                a.put(choice.slot(), part, m);
            } else {
                a.report(m, t, part, choice.reason());
            }
        }
    }

    /** Even parts of the people in their order, the support person first so they are in the first part. */
    private List<int[]> parts(int[] group, int t, int k) {
        List<Integer> ordered = new ArrayList<>(Arrays.stream(group).boxed().toList());
        if (supportOf[t] >= 0 && ordered.remove((Integer) supportOf[t])) {
            ordered.add(0, supportOf[t]);
        }
        List<int[]> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < k; i++) {
            int size = ordered.size() / k + (i < ordered.size() % k ? 1 : 0);
            parts.add(ordered.subList(from, from + size).stream().mapToInt(Integer::intValue).toArray());
            from += size;
        }
        return parts;
    }

    /** The open session holding most of the team in the module (the earliest of equals), or -1. */
    private int home(int t, int m) {
        Map<Integer, Integer> count = new LinkedHashMap<>();
        for (int p : members[t]) {
            if (at[m][p] >= 0) {
                count.merge(at[m][p], 1, Integer::sum);
            }
        }
        int best = -1;
        int most = 0;
        for (Map.Entry<Integer, Integer> e : count.entrySet()) {
            Slot slot = slots.get(e.getKey());
            if (!slot.open()) {
                continue;
            }
            if (e.getValue() > most || e.getValue() == most
                    && slot.session.start().isBefore(slots.get(best).session.start())) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }
}
