package dk.spor.profiling.model;

import java.util.OptionalInt;

/** An answer to one item: agreement on the 1–5 scale, or "don't know" (ved ikke). */
public sealed interface Answer permits Answer.Agreement, Answer.DontKnow {

    int SCALE_MIN = 1;
    int SCALE_MAX = 5;

    /** "Don't know" is a real answer, but it says nothing about a type, so it is never scored. */
    Answer DONT_KNOW = DontKnow.INSTANCE;

    /** 1 = strongly disagree … 5 = strongly agree. */
    static Answer agreement(int value) {
        return new Agreement(value);
    }

    /** The agreement, or empty for "don't know". */
    OptionalInt value();

    record Agreement(int agreement) implements Answer {
        public Agreement {
            if (agreement < SCALE_MIN || agreement > SCALE_MAX) {
                throw new IllegalArgumentException(
                        "agreement must be between " + SCALE_MIN + " and " + SCALE_MAX + ", was " + agreement);
            }
        }

        @Override
        public OptionalInt value() {
            return OptionalInt.of(agreement);
        }
    }

    enum DontKnow implements Answer {
        INSTANCE;

        @Override
        public OptionalInt value() {
            return OptionalInt.empty();
        }
    }
}
