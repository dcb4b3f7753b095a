package dk.spor.leadership.web;

import dk.spor.web.Problem;
import dk.spor.web.page.Form;
import dk.spor.web.page.Texts;
import io.micronaut.core.annotation.Nullable;

import java.util.UUID;
import java.util.function.Predicate;

/**
 * The one way the leadership track's pages read a posted form: every value trimmed and kept to be shown again, a
 * missing or too long text marked by its field in the reader's language, and the use case run only when nothing is
 * marked, with a problem it answers that the page can place turned into an error by that field. What is left is the
 * page's: render the form again, or send the browser on ({@link #seeOther}).
 */
final class TrackForm {

    /** The longest of the track's free texts, as the API allows. */
    static final int LONG_TEXT = 4000;

    private final Form form = Form.empty();
    private final Texts t;

    private TrackForm(Texts t) {
        this.t = t;
    }

    static TrackForm in(Texts t) {
        return new TrackForm(t);
    }

    /** Keeps a posted value, trimmed, to be read and to be shown again. */
    TrackForm value(String field, @Nullable String posted) {
        form.value(field, trim(posted));
        return this;
    }

    /** Marks the field with {@code errorKey} when it was left empty. */
    TrackForm required(String field, String errorKey) {
        if (valueOf(field).isEmpty()) {
            error(field, errorKey);
        }
        return this;
    }

    /** Marks the field when its text is longer than {@code max}, unless it is marked already. */
    TrackForm atMost(String field, int max) {
        if (valueOf(field).length() > max && form.errorOf(field) == null) {
            form.error(field, t.text("mgr.error.tooLong", max));
        }
        return this;
    }

    /** Marks a field with the text of {@code errorKey}. */
    TrackForm error(String field, String errorKey) {
        form.error(field, t.text(errorKey));
        return this;
    }

    String valueOf(String field) {
        return form.valueOf(field);
    }

    boolean hasErrors() {
        return form.hasErrors();
    }

    Form form() {
        return form;
    }

    /**
     * Runs the use case when the form has no error; true when it was done. A {@link Problem} that {@code placed}
     * turns into errors by the fields makes it false; any other goes on to the caller (a 404, say).
     */
    boolean submit(Runnable useCase, Predicate<Problem> placed) {
        if (hasErrors()) {
            return false;
        }
        try {
            useCase.run();
            return true;
        } catch (Problem problem) {
            if (!placed.test(problem)) {
                throw problem;
            }
            return false;
        }
    }

    /** For a use case none of whose problems belongs by a field. */
    static boolean noneByField(Problem problem) {
        return false;
    }

    @Nullable
    static Integer integer(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Nullable
    static UUID uuid(@Nullable String text) {
        try {
            return text == null ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String trim(@Nullable String text) {
        return text == null ? "" : text.strip();
    }

}
