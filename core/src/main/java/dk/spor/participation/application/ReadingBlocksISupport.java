package dk.spor.participation.application;

import dk.spor.booking.application.ReadingMyBookings;
import dk.spor.booking.model.AttendeeRole;
import dk.spor.database.Sql;
import dk.spor.knowledge.application.SearchingUseCases;
import dk.spor.plugins.SectorData;
import dk.spor.plugins.Sectors;
import dk.spor.security.Viewer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The action-learning blocks a support person (superbruger) supports: when, which team and who is in it (as the
 * calendar invitation already says), and the use cases the team is to try – those the programme's sector recommends,
 * the ones that can be tried with today's tools first. Nothing about anyone's goals or profile: what a team's members
 * chose for themselves stays theirs.
 */
@Singleton
public class ReadingBlocksISupport {

    /** At most this many use cases per block, so the list stays a starting point. */
    static final int USE_CASES_PER_BLOCK = 6;

    /** A use case to try, by its catalogue id and title. */
    public record UseCaseToTry(String id, String titleDa, String titleEn) {
    }

    /** One block the person supports; {@code sectorId} is the sector whose recommendations are shown, if any. */
    public record SupportedBlock(ReadingMyBookings.MyBooking booking, @Nullable String sectorId,
                                 List<UseCaseToTry> useCases) {
    }

    private final ReadingMyBookings bookings;
    private final SearchingUseCases useCases;
    private final Sectors sectors;
    private final Sql sql;
    private final Clock clock;

    public ReadingBlocksISupport(ReadingMyBookings bookings, SearchingUseCases useCases, Sectors sectors, Sql sql,
                                 Clock clock) {
        this.bookings = bookings;
        this.useCases = useCases;
        this.sectors = sectors;
        this.sql = sql;
        this.clock = clock;
    }

    /** The upcoming blocks the viewer supports, in time order; none for someone who supports none. */
    @ReadOnly
    public List<SupportedBlock> upcoming(Viewer viewer) {
        if (viewer.personId() == null) {
            return List.of();
        }
        List<ReadingMyBookings.MyBooking> supported = bookings.of(viewer.personId(), null, clock.instant()).stream()
                .filter(b -> b.role() == AttendeeRole.SUPPORT).toList();
        if (supported.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> sectorOf = new HashMap<>();
        sql.each("select id, sector_id from programme where id = any(?) and sector_id is not null",
                row -> sectorOf.put(row.uuid("id"), row.string("sector_id")),
                supported.stream().map(ReadingMyBookings.MyBooking::programmeId).distinct().toList());
        Set<String> enabled = sectors.enabledSectors().stream().map(SectorData::id).collect(Collectors.toSet());
        Map<String, List<UseCaseToTry>> bySector = new HashMap<>();
        return supported.stream().map(b -> {
            String sector = sectorOf.get(b.programmeId());
            if (sector == null || !enabled.contains(sector)) {
                return new SupportedBlock(b, null, List.of());
            }
            return new SupportedBlock(b, sector, bySector.computeIfAbsent(sector, this::toTry));
        }).toList();
    }

    private List<UseCaseToTry> toTry(String sector) {
        return useCases.search(new SearchingUseCases.Criteria(null, null, null, null, null, sector)).stream()
                .sorted(Comparator.comparing(u -> !u.horizon().contains("now")))
                .limit(USE_CASES_PER_BLOCK)
                .map(u -> new UseCaseToTry(u.id(), u.titleDa(), u.titleEn())).toList();
    }
}
