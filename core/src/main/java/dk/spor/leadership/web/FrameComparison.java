package dk.spor.leadership.web;

import dk.spor.leadership.application.FrameView;
import dk.spor.leadership.model.FrameGain;
import dk.spor.leadership.model.TextChange;
import dk.spor.web.page.Texts;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Two versions of a frame field by field, each with what changed between them word by word, in the order the frame
 * is written. The gains and the influence level are compared as the words a person reads, in the page's language.
 */
public record FrameComparison(FrameView older, FrameView newer, List<Field> fields) {

    /** One field: its message key, and the change from the older version's text to the newer's. */
    public record Field(String label, TextChange change) {
        public boolean changed() {
            return change.changed();
        }
    }

    public static FrameComparison of(FrameView older, FrameView newer, Texts t) {
        List<Field> fields = new ArrayList<>();
        add(fields, "mgr.frame.purpose", older, newer, FrameView::purpose);
        add(fields, "mgr.frame.ambition", older, newer, FrameView::ambition);
        add(fields, "mgr.frame.fixed", older, newer, FrameView::fixed);
        add(fields, "mgr.frame.open", older, newer, FrameView::open);
        add(fields, "mgr.frame.gains", older, newer, f -> gains(f, t));
        add(fields, "mgr.frame.whoGains", older, newer, FrameView::whoGains);
        add(fields, "mgr.frame.doLessOf", older, newer, FrameView::doLessOf);
        add(fields, "mgr.frame.freedTimeUse", older, newer, FrameView::freedTimeUse);
        add(fields, "mgr.frame.influenceLevel", older, newer,
                f -> t.text("mgr.influence." + f.influenceLevel().name()));
        add(fields, "mgr.frame.involved", older, newer, FrameView::involved);
        return new FrameComparison(older, newer, List.copyOf(fields));
    }

    /**
     * The two versions asked for by number ({@code fra}, {@code til}), older first whichever way round they are
     * given; by default the newest and the one before it. Null while there are fewer than two versions.
     */
    @Nullable
    public static FrameComparison chosen(List<FrameView> newestFirst, @Nullable String fra, @Nullable String til,
                                         Texts t) {
        if (newestFirst.size() < 2) {
            return null;
        }
        FrameView newest = version(newestFirst, til, newestFirst.get(0));
        FrameView before = version(newestFirst, fra, newestFirst.stream()
                .filter(v -> v.version() < newest.version()).findFirst().orElse(newestFirst.get(1)));
        return before.version() <= newest.version() ? of(before, newest, t) : of(newest, before, t);
    }

    /** The version with this number, or the default when none (or no such version) is asked for. */
    private static FrameView version(List<FrameView> versions, @Nullable String number, FrameView otherwise) {
        Integer n = TrackForm.integer(number);
        return n == null ? otherwise : versions.stream().filter(v -> v.version() == n).findFirst().orElse(otherwise);
    }

    public boolean anyChange() {
        return fields.stream().anyMatch(Field::changed);
    }

    /** The gains as the page names them, e.g. "tid, kvalitet". */
    static String gains(FrameView frame, Texts t) {
        return frame.gains().stream().map(FrameGain::name).map(g -> t.text("mgr.gain." + g))
                .collect(Collectors.joining(", "));
    }

    private static void add(List<Field> fields, String label, FrameView older, FrameView newer,
                            Function<FrameView, String> value) {
        fields.add(new Field(label, TextChange.between(value.apply(older), value.apply(newer))));
    }
}
