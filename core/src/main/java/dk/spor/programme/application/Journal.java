package dk.spor.programme.application;

import dk.spor.programme.persistence.ProgrammeEventRow;
import dk.spor.programme.persistence.ProgrammeJournal;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

/** Writes what happened to a programme into its journal ({@code programme_event}), as the use cases do it. */
@Singleton
class Journal {

    private final ProgrammeJournal journal;
    private final JsonMapper json;

    Journal(ProgrammeJournal journal, JsonMapper json) {
        this.journal = journal;
        this.json = json;
    }

    void record(UUID programme, String type, Map<String, ?> facts, @Nullable UUID actor) {
        String payload;
        try {
            payload = json.writeValueAsString(facts);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the journal entry " + type + " as JSON", e);
        }
        journal.save(new ProgrammeEventRow(null, programme, type, payload, actor, null));
    }
}
