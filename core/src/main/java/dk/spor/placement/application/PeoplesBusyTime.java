package dk.spor.placement.application;

import dk.spor.calendars.TimeRange;
import dk.spor.placement.persistence.OwnBusyTime;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.lang.ref.SoftReference;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * People's own busy time for placing and for planning action learning, read once and shared while it has not
 * changed: placing a municipality and then planning its action learning would otherwise read the same million busy
 * intervals twice. What was read last is kept with the version PostgreSQL gave all busy time (a new one on every
 * change, by any server: see {@link OwnBusyTime}); a later read at the same version takes it from here and reads
 * only people not in it. Kept softly, so the memory goes back to the heap when it is needed elsewhere.
 */
@Singleton
public class PeoplesBusyTime {

    private final OwnBusyTime reads;
    private volatile SoftReference<Snapshot> last = new SoftReference<>(null);

    PeoplesBusyTime(OwnBusyTime reads) {
        this.reads = reads;
    }

    /** Busy time read at one version: each person's intervals, epoch milliseconds in pairs. */
    private record Snapshot(long version, Map<UUID, long[]> busy) {
    }

    /**
     * Each of the people's own busy intervals, in lists the caller may extend (with other bookings, say); everyone
     * asked for is in the map.
     */
    @Transactional
    public Map<UUID, List<TimeRange>> of(Collection<UUID> people) {
        // the version first: a change committed after it and read below makes the next version differ, never the
        // other way round
        long version = reads.version();
        Snapshot snapshot = last.get();
        Map<UUID, long[]> known = snapshot != null && snapshot.version() == version ? snapshot.busy() : Map.of();
        List<UUID> missing = new ArrayList<>();
        for (UUID person : people) {
            if (!known.containsKey(person)) {
                missing.add(person);
            }
        }
        Map<UUID, long[]> busy = known;
        if (!missing.isEmpty()) {
            Map<UUID, long[]> read = reads.of(missing);
            busy = new HashMap<>(known);
            for (UUID person : missing) {
                busy.put(person, read.getOrDefault(person, EMPTY));
            }
            last = new SoftReference<>(new Snapshot(version, Map.copyOf(busy)));
        }
        Map<UUID, List<TimeRange>> ranges = new HashMap<>(people.size() * 2);
        for (UUID person : people) {
            long[] pairs = busy.getOrDefault(person, EMPTY);
            List<TimeRange> list = new ArrayList<>(pairs.length / 2 + 8);
            for (int i = 0; i < pairs.length; i += 2) {
                list.add(new TimeRange(Instant.ofEpochMilli(pairs[i]), Instant.ofEpochMilli(pairs[i + 1])));
            }
            ranges.put(person, list);
        }
        return ranges;
    }

    private static final long[] EMPTY = new long[0];
}
