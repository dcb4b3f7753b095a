package dk.spor.leadership.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What changed between two versions of a frame's text, word by word: a table of cases. */
class TextChangeTest {

    static Stream<Arguments> changes() {
        return Stream.of(
                // before, after, the change written as =same -removed +added, changed
                Arguments.of("", "", "", false),
                Arguments.of("Borgerne", "Borgerne", "=Borgerne", false),
                Arguments.of("Borgerne og medarbejderne", "Borgerne  og medarbejderne",
                        "=Borgerne  og medarbejderne", false),
                Arguments.of("", "Jobcentrets MED-udvalg", "+Jobcentrets MED-udvalg", true),
                Arguments.of("Jobcentrets MED-udvalg", "", "-Jobcentrets MED-udvalg", true),
                Arguments.of("Jobcentrets ledergruppe", "Jobcentrets ledergruppe og MED-udvalget",
                        "=Jobcentrets ledergruppe |+og MED-udvalget", true),
                Arguments.of("Mere tid til borgerne", "Mere tid til samtaler med borgerne",
                        "=Mere tid til |+samtaler med |=borgerne", true),
                Arguments.of("Tid, kvalitet", "Tid, service", "=Tid, |-kvalitet|+service", true));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("changes")
    void the_words_that_stayed_went_and_came_in_reading_order(String before, String after, String expected,
                                                             boolean changed) {
        // when
        TextChange change = TextChange.between(before, after);

        // then
        assertEquals(expected, change.parts().stream().map(TextChangeTest::written).collect(Collectors.joining("|")));
        assertEquals(changed, change.changed());
        // what stayed and what came always give back the new text exactly
        assertEquals(after, change.after().stream().map(TextChange.Part::text).collect(Collectors.joining()));
        assertEquals(before.replaceAll("\\s+", " ").strip(), change.before().stream().map(TextChange.Part::text)
                .collect(Collectors.joining()).replaceAll("\\s+", " ").strip(), "the old text, word for word");
    }

    private static String written(TextChange.Part part) {
        return switch (part.kind()) {
            case SAME -> "=";
            case REMOVED -> "-";
            case ADDED -> "+";
        } + part.text();
    }
}
