package dk.spor.plugins.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/** The ids of the shared use-case catalogue, {@code shared/data/use-cases.csv} beside the repository. */
final class UseCaseCatalogue {

    /** The repository is cloned with {@code shared/} beside it; the working directory is {@code plugins/tests}. */
    static final Path CSV = Path.of("..", "..", "..", "shared", "data", "use-cases.csv").toAbsolutePath().normalize();

    private UseCaseCatalogue() {
    }

    /** The ids in the first column, without the header. */
    static Set<String> ids() {
        assertTrue(Files.isRegularFile(CSV),
                "the use-case catalogue is missing at " + CSV + "; clone the repository with shared/ beside it");
        try {
            return Files.readAllLines(CSV, StandardCharsets.UTF_8).stream()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.substring(0, line.indexOf(',')).trim())
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CSV, e);
        }
    }
}
