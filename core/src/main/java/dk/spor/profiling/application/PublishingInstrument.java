package dk.spor.profiling.application;

import dk.spor.profiling.model.Answer;
import dk.spor.profiling.model.FieldProblem;
import dk.spor.profiling.model.InstrumentDraft;
import dk.spor.profiling.persistence.SurveyInstrumentRow;
import dk.spor.profiling.persistence.SurveyInstruments;
import dk.spor.profiling.persistence.SurveyItemKey;
import dk.spor.profiling.persistence.SurveyItemRow;
import dk.spor.profiling.persistence.SurveyItems;
import dk.spor.web.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * HR publishes the next survey version as a whole. A published version never changes, so answers keep the version
 * they were given in and old profiles stay reproducible.
 */
@Singleton
public class PublishingInstrument {

    private final SurveyInstruments instruments;
    private final SurveyItems items;
    private final ReadingInstruments reading;
    private final Clock clock;

    public PublishingInstrument(SurveyInstruments instruments, SurveyItems items, ReadingInstruments reading,
                                Clock clock) {
        this.instruments = instruments;
        this.items = items;
        this.reading = reading;
        this.clock = clock;
    }

    /** Publishes the next version; every wrong statement is named at once and nothing is stored then. */
    @Transactional
    public InstrumentView publish(List<InstrumentView.Statement> statements, @Nullable String note) {
        List<FieldProblem> problems = new InstrumentDraft(statements.stream().map(s -> new InstrumentDraft.Statement(
                s.key(), s.dimension(), s.textDa(), s.textEn())).toList()).problems();
        if (!problems.isEmpty()) {
            throw Problem.invalid("The survey version was not published: fix the statements named below.",
                    problems.stream().map(p -> Problem.FieldError.field(p.field(), p.message())).toList());
        }
        int version = reading.latestVersion() + 1;
        instruments.save(new SurveyInstrumentRow(version, clock.instant().truncatedTo(ChronoUnit.MICROS),
                Answer.SCALE_MIN, Answer.SCALE_MAX, note == null ? "" : note));
        List<SurveyItemRow> rows = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            InstrumentView.Statement s = statements.get(i);
            rows.add(new SurveyItemRow(new SurveyItemKey(version, s.key()), i + 1, s.dimension(), s.reverse(),
                    s.textDa().strip(), s.textEn().strip()));
        }
        items.saveAll(rows);
        return reading.get(version);
    }
}
