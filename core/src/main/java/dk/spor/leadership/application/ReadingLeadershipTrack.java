package dk.spor.leadership.application;

import dk.spor.database.Sql;
import dk.spor.leadership.model.Dilemma;
import dk.spor.leadership.model.Grip;
import dk.spor.leadership.model.ReflectionMaterial;
import dk.spor.leadership.persistence.Reflections;
import dk.spor.plugin.api.LeadershipCase;
import dk.spor.plugins.SectorData;
import dk.spor.plugins.Sectors;
import dk.spor.programme.application.ProgrammeAccess;
import dk.spor.security.Viewer;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The leadership track as reflection material: the dilemmas and grips, the sector's own cases, my reflections. */
@Singleton
public class ReadingLeadershipTrack {

    private final Sql sql;
    private final Reflections reflections;
    private final ProgrammeAccess access;
    private final Sectors sectors;

    public ReadingLeadershipTrack(Sql sql, Reflections reflections, ProgrammeAccess access, Sectors sectors) {
        this.sql = sql;
        this.reflections = reflections;
        this.access = access;
        this.sectors = sectors;
    }

    @Transactional
    public TrackView track(Viewer viewer, UUID programme) {
        access.requireReader(viewer, programme);
        List<LeadershipCase> cases = sectorId(programme)
                .flatMap(id -> sectors.enabledSectors().stream().filter(s -> s.id().equals(id)).findFirst())
                .map(SectorData::leadershipCases).orElse(List.of());
        List<Reflection> mine = viewer.personId() == null ? List.of()
                : reflections.findByProgrammeIdAndAuthorIdOrderByWrittenAt(programme, viewer.personId()).stream()
                        .map(Reflection::of).toList();
        return new TrackView(
                Arrays.stream(Dilemma.values()).map(d -> Material.of(d, ReflectionMaterial.DILEMMAS.get(d))).toList(),
                Arrays.stream(Grip.values()).map(g -> Material.of(g, ReflectionMaterial.GRIPS.get(g))).toList(),
                cases, mine);
    }

    private Optional<String> sectorId(UUID programme) {
        return sql.first("select sector_id from programme where id = ?", row -> row.string("sector_id"), programme);
    }
}
