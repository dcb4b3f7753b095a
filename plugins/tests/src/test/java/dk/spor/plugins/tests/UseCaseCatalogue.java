package dk.spor.plugins.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ids of the use-case catalogue as the server seeds it ({@code migrations/.../db/data/use-cases.csv}), so the
 * plugins are checked against the catalogue they will meet, from a clone of this repository alone.
 */
final class UseCaseCatalogue {

    /** The working directory is {@code plugins/tests}. */
    static final Path CSV = Path.of("..", "..", "migrations", "src", "main", "resources", "db", "data", "use-cases.csv")
            .toAbsolutePath().normalize();

    private UseCaseCatalogue() {
    }

    /** The ids in the first column, without the header. */
    static Set<String> ids() {
        assertTrue(Files.isRegularFile(CSV),
                "the use-case catalogue is missing at " + CSV);
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
