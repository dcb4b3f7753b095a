package dk.spor.training.web;

import dk.spor.programme.application.ProgrammeView;
import dk.spor.programme.application.ReadingParticipants;
import dk.spor.programme.application.ReadingProgrammes;
import dk.spor.security.Role;
import dk.spor.site.PageContext;
import dk.spor.site.Pages;
import dk.spor.training.application.Presence;
import dk.spor.training.application.ReadingAttendance;
import dk.spor.training.application.RecordingAttendance;
import dk.spor.web.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Attendance at one session as a checklist (HR): every participant with a box, ticked for those present; saving
 * records everyone on the list, ticked as present and the rest as absent, with the same use case as
 * {@code PUT /api/programmes/{id}/sessions/{sessionId}/attendance}. A large programme is taken unit by unit.
 */
@Hidden
@Controller("/forloeb/{id}/sessioner/{sessionId}/fremmoede")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.HR)
public class AttendancePages {

    private final Pages pages;
    private final ReadingProgrammes programmes;
    private final ReadingParticipants participants;
    private final ReadingAttendance reading;
    private final RecordingAttendance recording;

    public AttendancePages(Pages pages, ReadingProgrammes programmes, ReadingParticipants participants,
                           ReadingAttendance reading, RecordingAttendance recording) {
        this.pages = pages;
        this.programmes = programmes;
        this.participants = participants;
        this.reading = reading;
        this.recording = recording;
    }

    /** {@code present} is null for someone nobody has recorded yet. */
    public record Line(UUID personId, String name, @Nullable Boolean present) {
    }

    public record UnitGroup(UUID unitId, String unitName, List<Line> people) {
    }

    public record UnitOption(UUID id, String name, boolean chosen) {
    }

    public record AttendancePage(ProgrammeView programme, ProgrammeView.ModuleView module,
                                 ProgrammeView.SessionView session, List<UnitGroup> groups, List<UnitOption> units,
                                 @Nullable UUID unit, int recorded, int present, @Nullable Integer saved) {
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> checklist(HttpRequest<?> request, UUID id, UUID sessionId,
                                     @Nullable @QueryValue String enhed, @Nullable @QueryValue Integer gemt) {
        PageContext ctx = pages.context(request);
        return pages.render(ctx, "training/attendance", page(ctx, id, sessionId, unit(enhed), gemt));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> save(HttpRequest<?> request, UUID id, UUID sessionId, @Body Map<String, Object> body) {
        PageContext ctx = pages.context(request);
        Set<UUID> listed = new HashSet<>(ids(body.get("listed")));
        Set<UUID> ticked = new HashSet<>(ids(body.get("present")));
        List<Presence> presence = new ArrayList<>();
        for (UUID person : listed) {
            presence.add(new Presence(person, ticked.contains(person)));
        }
        UUID unit = unit(one(body.get("unit")));
        if (!presence.isEmpty()) {
            recording.recordAttendance(ctx.viewer(), id, sessionId, presence);
        }
        return Pages.seeOther(
                "/forloeb/" + id + "/sessioner/" + sessionId + "/fremmoede?gemt=" + presence.size()
                        + (unit == null ? "" : "&enhed=" + unit));
    }

    private AttendancePage page(PageContext ctx, UUID programmeId, UUID sessionId, @Nullable UUID unit,
                                @Nullable Integer saved) {
        ProgrammeView programme = programmes.get(ctx.viewer(), programmeId);
        ProgrammeView.ModuleView module = null;
        ProgrammeView.SessionView session = null;
        for (ProgrammeView.ModuleView m : programme.modules()) {
            for (ProgrammeView.SessionView s : m.sessions()) {
                if (s.id().equals(sessionId)) {
                    module = m;
                    session = s;
                }
            }
        }
        if (session == null) {
            throw Problem.notFound("A session " + sessionId + " in programme " + programmeId);
        }
        Map<UUID, Boolean> recorded = reading.recorded(ctx.viewer(), programmeId, sessionId);
        Map<UUID, UnitGroup> groups = new LinkedHashMap<>();
        Map<UUID, String> unitNames = new LinkedHashMap<>();
        for (ReadingParticipants.Participant p : participants.participants(ctx.viewer(), programmeId)) {
            unitNames.putIfAbsent(p.unitId(), p.unitName());
            if (unit != null && !unit.equals(p.unitId())) {
                continue;
            }
            groups.computeIfAbsent(p.unitId(), u -> new UnitGroup(u, p.unitName(), new ArrayList<>())).people()
                    .add(new Line(p.personId(), p.name(), recorded.get(p.personId())));
        }
        List<UnitOption> options = unitNames.entrySet().stream()
                .map(e -> new UnitOption(e.getKey(), e.getValue(), e.getKey().equals(unit))).toList();
        int present = (int) recorded.values().stream().filter(Boolean::booleanValue).count();
        return new AttendancePage(programme, module, session, List.copyOf(groups.values()), options, unit,
                recorded.size(), present, saved);
    }

    private static @Nullable UUID unit(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable String one(@Nullable Object value) {
        if (value instanceof List<?> list) {
            return list.isEmpty() ? null : String.valueOf(list.get(0));
        }
        return value == null ? null : String.valueOf(value);
    }

    private static List<UUID> ids(@Nullable Object value) {
        List<UUID> ids = new ArrayList<>();
        Collection<?> values = value instanceof Collection<?> c ? c : value == null ? List.of() : List.of(value);
        for (Object v : values) {
            try {
                ids.add(UUID.fromString(String.valueOf(v)));
            } catch (IllegalArgumentException ignored) {
                // not an id: a form this page did not make
            }
        }
        return ids;
    }
}
