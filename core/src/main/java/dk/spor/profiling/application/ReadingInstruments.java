package dk.spor.profiling.application;

import dk.spor.profiling.model.Instrument;
import dk.spor.profiling.model.Item;
import dk.spor.profiling.persistence.SurveyInstrumentRow;
import dk.spor.profiling.persistence.SurveyInstruments;
import dk.spor.profiling.persistence.SurveyItemRow;
import dk.spor.profiling.persistence.SurveyItems;
import dk.spor.web.Problem;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * The published survey versions, for anyone signed in (nothing in them is hidden), and a version as the pure scorer
 * needs it.
 */
@Singleton
public class ReadingInstruments {

    private final SurveyInstruments instruments;
    private final SurveyItems items;

    public ReadingInstruments(SurveyInstruments instruments, SurveyItems items) {
        this.instruments = instruments;
        this.items = items;
    }

    @ReadOnly
    public List<InstrumentView> all() {
        return instruments.listOrderByVersion().stream().map(this::view).toList();
    }

    @ReadOnly
    public InstrumentView get(int version) {
        return instruments.findById(version).map(this::view)
                .orElseThrow(() -> Problem.notFound("Survey version " + version));
    }

    /** A published version as the scorer reads it. */
    @ReadOnly
    public Instrument instrument(int version) {
        return new Instrument(version, items.findByIdInstrumentVersionOrderByPosition(version).stream()
                .map(i -> new Item(i.id().key(), i.dimension(), i.reverse(), i.textDa(), i.textEn())).toList());
    }

    /** The newest published version, which new survey rounds are given in; 0 before any is published. */
    @ReadOnly
    public int latestVersion() {
        Integer latest = instruments.findMaxVersion();
        return latest == null ? 0 : latest;
    }

    private InstrumentView view(SurveyInstrumentRow instrument) {
        List<SurveyItemRow> statements = items.findByIdInstrumentVersionOrderByPosition(instrument.version());
        return new InstrumentView(instrument.version(), instrument.publishedAt(), instrument.scaleMin(),
                instrument.scaleMax(), instrument.note(), statements.stream().map(i -> new InstrumentView.Statement(
                        i.id().key(), i.dimension(), i.reverse(), i.textDa(), i.textEn())).toList());
    }
}
