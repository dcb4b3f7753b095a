package dk.spor.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReadingAnUnreadableBodyTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "Failed to convert argument [body] for value [null] due to: Cannot deserialize value of type `dk.spor.leadership.model.Dilemma` due to: Expected one of [A, B] but was 'C' | Cannot deserialize value of type Dilemma due to: Expected one of [A, B] but was 'C'",
            "Failed to convert argument [state] for value [FOO] due to: No enum constant dk.spor.goals.model.GoalState.FOO | No enum constant GoalState.FOO",
            "Unexpected character ('}' (code 125)): was expecting double-quote | Unexpected character ('}' (code 125)): was expecting double-quote",
    })
    void the_message_keeps_what_went_wrong_and_drops_the_servers_class_names(String message, String readable) {
        assertEquals(readable, ProblemHandling.readable(message));
    }
}
