package dk.spor.programme.application;

import dk.spor.programme.persistence.ModuleSessionRow;
import dk.spor.programme.persistence.ModuleSessions;
import dk.spor.web.Problem;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * Whether a session may be cancelled: not once it has begun or its attendance is recorded, because then it took place
 * and is part of people's history.
 */
@Singleton
class CancellableSessions {

    private final ModuleSessions sessions;
    private final Clock clock;

    CancellableSessions(ModuleSessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    void require(ModuleSessionRow session) {
        if (session.startsAt().isBefore(clock.instant()) || sessions.hasAttendance(session.id())) {
            throw Problem.conflict("A session that has begun or has attendance recorded took place and cannot be"
                    + " cancelled.");
        }
    }
}
