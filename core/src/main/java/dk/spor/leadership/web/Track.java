package dk.spor.leadership.web;

import java.util.UUID;

/**
 * The programme a part of the manager's leadership track belongs to, and which part is shown (for the track's own
 * menu). {@code writesFrame}: the viewer manages one of the programme's own units, so
 * {@link dk.spor.leadership.application.WritingFrame} lets them write its frame; the page offers it only then.
 */
public record Track(UUID id, String name, String part, boolean writesFrame) {

    /** Where every part of the track lives. */
    public static final String PATH = "/ledelsesspor";

    public String path() {
        return PATH + "/" + id;
    }
}
