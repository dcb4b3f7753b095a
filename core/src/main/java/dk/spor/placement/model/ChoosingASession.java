package dk.spor.placement.model;

import dk.spor.placement.model.SessionAllocator.Module;
import dk.spor.placement.model.SessionAllocator.Reason;

import java.util.List;

/**
 * The session for a group of a team in a module: in order with their sessions before and after (the programme's
 * minimum gap), if possible one from which the later modules can still be reached (the latest reachable day is worked
 * out backwards from the last module), then one that has people already, the fewest busy within
 * {@link SessionAllocator#HORIZON_DAYS} days, the earliest. Or why there is none.
 */
final class ChoosingASession {

    private final Allocation a;
    private final List<Module> modules;
    private final int gap;
    private final List<Slot> slots;
    private final int[][] slotsOf;
    private final int[][] at;

    ChoosingASession(Allocation a) {
        this.a = a;
        this.modules = a.modules;
        this.gap = a.gap;
        this.slots = a.slots;
        this.slotsOf = a.slotsOf;
        this.at = a.at;
    }

    record Choice(int slot, Reason reason) {
    }

    /** The earliest day the group's session may have (after their sessions before), or Long.MIN_VALUE. */
    private long lower(int[] group, int m) {
        long lower = Long.MIN_VALUE;
        for (int p : group) {
            for (int j = m - 1; j >= 0; j--) {
                if (at[j][p] >= 0) {
                    lower = Math.max(lower, slots.get(at[j][p]).day + gap);
                    break;
                }
            }
        }
        return lower;
    }

    /** The latest day the group's session may have (before their sessions after), or Long.MAX_VALUE. */
    private long upper(int[] group, int m) {
        long upper = Long.MAX_VALUE;
        for (int p : group) {
            for (int j = m + 1; j < modules.size(); j++) {
                if (at[j][p] >= 0) {
                    upper = Math.min(upper, slots.get(at[j][p]).day - gap);
                    break;
                }
            }
        }
        return upper;
    }

    boolean inOrder(Slot slot, int[] group, int m) {
        return slot.day >= lower(group, m) && slot.day <= upper(group, m);
    }

    /**
     * The session for a group: in order with their sessions before and after, if possible one from which the
     * later modules can still be reached, then one that has people already (so sessions fill up before others
     * are opened and little room is left scattered), the fewest busy within the horizon, the earliest.
     */
    Choice choose(int[] group, int m, int[] trial) {
        long lower = lower(group, m);
        long upper = upper(group, m);
        long reachable = latestReachable(group, m);
        boolean anyRoom = false;
        int first = -1;
        int firstKept = -1;
        for (int s : slotsOf[m]) {
            Slot slot = slots.get(s);
            if (!slot.open() || slot.room() - (trial == null ? 0 : trial[s]) < group.length) {
                continue;
            }
            anyRoom = true;
            if (slot.day >= lower && slot.day <= upper) {
                if (firstKept < 0) {
                    firstKept = s;
                }
                if (first < 0 && slot.day <= reachable) {
                    first = s;
                }
            }
        }
        if (!anyRoom) {
            return new Choice(-1, Reason.NO_SESSION_WITH_ROOM);
        }
        boolean chain = first >= 0;
        int start = chain ? first : firstKept;
        if (start < 0) {
            return new Choice(-1, Reason.NO_ORDER_POSSIBLE);
        }
        long horizon = slots.get(start).day + SessionAllocator.HORIZON_DAYS;
        long limit = chain ? Math.min(upper, reachable) : upper;
        int best = -1;
        long bestCost = Long.MAX_VALUE;
        for (int s : slotsOf[m]) {
            Slot slot = slots.get(s);
            if (slot.day < slots.get(start).day) {
                continue;
            }
            if (slot.day > horizon || slot.day > limit) {
                break;
            }
            int extra = trial == null ? 0 : trial[s];
            if (!slot.open() || slot.room() - extra < group.length || slot.day < lower) {
                continue;
            }
            long cost = (slot.taken + extra == 0 ? 1L << 32 : 0) + a.busy(group, slot.session);
            if (cost < bestCost) {
                best = s;
                bestCost = cost;
            }
        }
        return new Choice(best, null);
    }

    /**
     * The latest day a group's session of module {@code m} may have so that its later modules can still follow
     * in order: worked out backwards from the last module, through the sessions with room for the group (or
     * through the group's own later places, where they have them).
     */
    private long latestReachable(int[] group, int m) {
        long bound = Long.MAX_VALUE;
        for (int j = modules.size() - 1; j > m; j--) {
            long anchor = Long.MAX_VALUE;
            for (int p : group) {
                if (at[j][p] >= 0) {
                    anchor = Math.min(anchor, slots.get(at[j][p]).day);
                }
            }
            if (anchor != Long.MAX_VALUE) {
                bound = anchor;
                continue;
            }
            if (!modules.get(j).allocated()) {
                continue;
            }
            long limit = bound == Long.MAX_VALUE ? Long.MAX_VALUE : bound - gap;
            long latest = Long.MIN_VALUE;
            long latestAny = Long.MIN_VALUE;
            int largest = 1;
            for (int s : slotsOf[j]) {
                if (slots.get(s).open()) {
                    largest = Math.max(largest, slots.get(s).session.capacity());
                }
            }
            int need = Math.min(group.length, largest);
            for (int s : slotsOf[j]) {
                Slot slot = slots.get(s);
                if (slot.open() && slot.room() >= need) {
                    latestAny = Math.max(latestAny, slot.day);
                    if (slot.day <= limit) {
                        latest = Math.max(latest, slot.day);
                    }
                }
            }
            // a module without room does not bound the ones before it: it is reported on its own
            bound = latest != Long.MIN_VALUE ? latest : latestAny != Long.MIN_VALUE ? latestAny : bound;
        }
        return bound == Long.MAX_VALUE ? Long.MAX_VALUE : bound - gap;
    }
}
