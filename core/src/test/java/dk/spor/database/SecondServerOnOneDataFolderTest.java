package dk.spor.database;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A second Spor on a data folder that a running one uses is refused with one sentence, while the built-in database
 * starts beside the application context (the refusal comes from that start's thread), and the first keeps running.
 */
@DisplayName("A second Spor on a data folder in use")
class SecondServerOnOneDataFolderTest {

    @TempDir
    Path folder;

    @Test
    @DisplayName("is refused with one sentence and exit code 2; the first keeps answering")
    void isRefusedWithASentence() {
        Path data = folder.resolve("data");
        try (SporProcess first = SporProcess.start(data)) {
            first.awaitReady(Duration.ofSeconds(120));
            try (SporProcess second = SporProcess.start(data)) {
                assertEquals(2, second.awaitExit(Duration.ofSeconds(120)), second.output());
                List<String> lines = second.lines();
                assertTrue(lines.stream().anyMatch(l -> l.contains("Spor cannot start: another Spor server is using")
                        && l.contains("SPOR_DATA_DIR")), second.output());
                assertTrue(lines.stream().noneMatch(l -> l.startsWith("\tat ") || l.contains("Exception")),
                        "no stack trace, no exception's name:\n" + second.output());
                assertEquals(200, first.status("/health/readiness"), "the first server is untouched");
            }
        }
    }
}
