package dk.spor.programme.application;

import dk.spor.programme.model.ProgrammeTime;
import dk.spor.programme.persistence.ModuleSessionRow;
import dk.spor.programme.persistence.ModuleSessions;
import dk.spor.web.Problem;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/** Writes a module's sessions from the wall times HR typed; a session must end after it starts. */
@Singleton
class DatedSessions {

    private final ModuleSessions sessions;

    DatedSessions(ModuleSessions sessions) {
        this.sessions = sessions;
    }

    void add(UUID module, List<NewSession> newSessions) {
        for (NewSession s : newSessions) {
            if (!s.end().isAfter(s.start())) {
                throw Problem.invalid("A session must end after it starts.",
                        List.of(Problem.FieldError.field("sessions.end", "ends at or before its start")));
            }
        }
        sessions.saveAll(newSessions.stream().map(s -> new ModuleSessionRow(null, module,
                ProgrammeTime.instant(s.start()), ProgrammeTime.instant(s.end()),
                s.location() == null ? "" : s.location(), s.capacity())).toList());
    }
}
