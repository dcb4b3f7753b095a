package dk.spor.placement.model;

import dk.spor.calendars.DanishHolidays;
import dk.spor.placement.model.SessionAllocator.Module;
import dk.spor.placement.model.SessionAllocator.OnHoliday;
import dk.spor.placement.model.SessionAllocator.Reason;
import dk.spor.placement.model.SessionAllocator.Request;
import dk.spor.placement.model.SessionAllocator.Session;
import dk.spor.placement.model.SessionAllocator.Team;
import dk.spor.placement.model.SessionAllocator.Unplaced;
import dk.spor.programme.model.ProgrammeTime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One allocation's working state ({@link SessionAllocator} says the rule). People and sessions are numbered once, so
 * the steps work on arrays: {@code at[m][p]} is person {@code p}'s session (an index into {@code slots}) in module
 * {@code m}, or -1. Teams are numbered in placing order: the largest first, then in the order given. The steps —
 * {@link KeepingPlacements}, {@link PlacingTeam} with {@link ChoosingASession}, then {@link AllocationOutcome} — read
 * and change this state, one after the other.
 */
final class Allocation {

    final Request request;
    final List<Module> modules;
    final int gap;
    /** Teams in placing order; {@code members[t]} their people as person numbers. */
    final List<Team> order;
    final int[][] members;
    final int[] supportOf;
    final List<UUID> people = new ArrayList<>();
    final Map<UUID, Integer> personIndex = new HashMap<>();
    final int[] teamOfPerson;
    final List<Slot> slots = new ArrayList<>();
    final Map<UUID, Integer> slotIndex = new HashMap<>();
    /** Per module: its slots in time order. */
    final int[][] slotsOf;
    final int[][] at;
    final boolean[][] pinned;
    final MergedBusy[] busy;
    final List<Unplaced> unplaced = new ArrayList<>();
    final List<OnHoliday> onHolidays = new ArrayList<>();

    Allocation(Request request) {
        this.request = request;
        this.modules = request.modules().stream().sorted(Comparator.comparingInt(Module::position)).toList();
        this.gap = request.minimumGapDays();
        List<Team> teams = request.teams();
        Map<UUID, Integer> given = new HashMap<>();
        for (int i = 0; i < teams.size(); i++) {
            given.put(teams.get(i).id(), i);
        }
        this.order = teams.stream().sorted(Comparator.comparingInt((Team t) -> -t.members().size())
                .thenComparing(t -> given.get(t.id()))).toList();
        List<Integer> teamOf = new ArrayList<>();
        this.members = new int[order.size()][];
        this.supportOf = new int[order.size()];
        for (int t = 0; t < order.size(); t++) {
            Team team = order.get(t);
            List<Integer> mine = new ArrayList<>();
            for (UUID member : team.members()) {
                if (!personIndex.containsKey(member)) {
                    // a person is in one team only: the first that names them
                    personIndex.put(member, people.size());
                    people.add(member);
                    teamOf.add(t);
                    mine.add(personIndex.get(member));
                }
            }
            members[t] = mine.stream().mapToInt(Integer::intValue).toArray();
            int self = t;
            supportOf[t] = team.supportPerson().map(personIndex::get).filter(p -> teamOf.get(p) == self)
                    .orElse(-1);
        }
        this.teamOfPerson = teamOf.stream().mapToInt(Integer::intValue).toArray();
        DanishHolidays holidays = DanishHolidays.instance();
        this.slotsOf = new int[modules.size()][];
        for (int m = 0; m < modules.size(); m++) {
            List<Session> sorted = modules.get(m).sessions().stream()
                    .sorted(Comparator.comparing(Session::start).thenComparing(Session::id)).toList();
            slotsOf[m] = new int[sorted.size()];
            for (int i = 0; i < sorted.size(); i++) {
                Session s = sorted.get(i);
                LocalDate date = ProgrammeTime.wallTime(s.start()).toLocalDate();
                String holiday = holidays.holidays(date.getYear()).get(date);
                if (holiday != null) {
                    onHolidays.add(new OnHoliday(modules.get(m).id(), s.id(), date, holiday));
                }
                slotsOf[m][i] = slots.size();
                slotIndex.put(s.id(), slots.size());
                slots.add(new Slot(s, m, date.toEpochDay(), holiday == null, s.start().isBefore(request.now())));
            }
        }
        onHolidays.sort(Comparator.comparing(OnHoliday::date).thenComparing(OnHoliday::session));
        this.at = new int[modules.size()][people.size()];
        this.pinned = new boolean[modules.size()][people.size()];
        for (int[] row : at) {
            Arrays.fill(row, -1);
        }
        this.busy = new MergedBusy[people.size()];
        for (int p = 0; p < people.size(); p++) {
            busy[p] = MergedBusy.of(request.busy().getOrDefault(people.get(p), List.of()));
        }
    }

    /** Puts the group into slot {@code s} of module {@code m}. */
    void put(int s, int[] group, int m) {
        for (int p : group) {
            at[m][p] = s;
        }
        slots.get(s).taken += group.length;
    }

    /** How many of the group are busy during the session. */
    int busy(int[] group, Session session) {
        long from = session.start().getEpochSecond();
        long to = session.end().getEpochSecond();
        int count = 0;
        for (int p : group) {
            if (busy[p].overlaps(from, to)) {
                count++;
            }
        }
        return count;
    }

    /** Reports the group as not placed in module {@code m}, and why. */
    void report(int m, int t, int[] group, Reason reason) {
        unplaced.add(new Unplaced(modules.get(m).id(), order.get(t).id(),
                Arrays.stream(group).mapToObj(people::get).toList(), reason));
    }
}
