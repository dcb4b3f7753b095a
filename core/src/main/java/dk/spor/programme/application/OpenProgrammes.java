package dk.spor.programme.application;

import dk.spor.programme.persistence.Programmes;
import dk.spor.web.Problem;
import jakarta.inject.Singleton;

import java.util.UUID;

/** The guard of every change to a programme's plan: the programme exists and is not completed. */
@Singleton
class OpenProgrammes {

    private final Programmes programmes;

    OpenProgrammes(Programmes programmes) {
        this.programmes = programmes;
    }

    void require(UUID programme) {
        boolean open = programmes.findStateById(programme)
                .orElseThrow(() -> Problem.notFound("A programme with id " + programme)).isOpen();
        if (!open) {
            throw Problem.conflict("A completed programme cannot be changed.");
        }
    }
}
