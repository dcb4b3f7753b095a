package dk.spor.operations;

import dk.spor.database.SporProcess;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launcher ({@code core/bin/spor}) as an operator runs it, on the jar this build packed: the first start of a jar
 * leaves a class-data archive when it stops, later starts use it, and a start killed before it could write one leaves
 * nothing half-written behind (a half-written archive would crash every start after), and one start does not remove
 * the archive another is still making. The first start is a real first start: PostgreSQL unpacked (by the system's
 * tar when it has one), initialised and migrated.
 */
@DisplayName("Starting Spor with its launcher")
class StartingWithTheLauncherIT {

    private static final Path LAUNCHER = Path.of("bin/spor").toAbsolutePath();
    private static final Path JAR = Path.of("target/spor.jar").toAbsolutePath();
    private static final Duration LIMIT = Duration.ofSeconds(180);

    @TempDir
    Path folder;

    @Test
    @DisplayName("the first start of a jar leaves a class-data archive, and the next start maps its classes from it")
    void firstStartLeavesTheArchiveTheNextUses() throws Exception {
        Path archives = Files.createDirectories(folder.resolve("archives"));
        Path data = folder.resolve("data");
        // what first starts before it left: one whose launcher has ended, one whose launcher still runs (this JVM)
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path abandoned = Files.createFile(archives.resolve("spor-classes-1.jsa.part-" + ended.pid()));
        Path stillBeingMade = Files.createFile(archives.resolve("spor-classes-1.jsa.part-"
                + ProcessHandle.current().pid()));

        try (SporProcess first = launch(data, archives, Map.of(), "--stop-when-ready")) {
            assertEquals(0, first.awaitExit(LIMIT), first.output());
            assertTrue(first.output().contains("Spor is ready after"), first.output());
            assertFalse(first.output().contains("[cds"), "the JVM's archive notes stay out of the log:\n"
                    + first.output());
        }
        assertFalse(Files.exists(abandoned), "an ended first start's half-written archive is removed");
        assertTrue(Files.exists(stillBeingMade), "a running first start's archive is left to it");
        Files.delete(stillBeingMade);
        List<Path> made = files(archives);
        assertEquals(1, made.size(), "one archive and nothing half-written: " + made);
        assertTrue(made.get(0).getFileName().toString().matches("spor-classes-\\d+\\.jsa"), made.toString());
        try (Stream<Path> unpacked = Files.list(data.resolve("postgres-binaries"))) {
            List<Path> folders = unpacked.toList();
            assertEquals(1, folders.size(), "PostgreSQL unpacked into one folder, no staging left: " + folders);
            assertTrue(Files.exists(folders.get(0).resolve(".exists")), "the unpacked folder is marked complete");
            assertTrue(Files.isExecutable(folders.get(0).resolve("bin/postgres")));
        }

        Path classes = folder.resolve("classes.txt");
        try (SporProcess second = launch(data, archives,
                Map.of("SPOR_JAVA_OPTS", "-Xlog:class+load=info:file=" + classes), "--stop-when-ready")) {
            assertEquals(0, second.awaitExit(LIMIT), second.output());
        }
        long fromArchive;
        try (Stream<String> lines = Files.lines(classes)) {
            fromArchive = lines.filter(line -> line.contains("source: shared objects file (top)")).count();
        }
        assertTrue(fromArchive > 5_000, "Spor's own and its libraries' classes come from the archive, but only "
                + fromArchive + " did");
        assertEquals(made, files(archives), "the archive is used, not made again");
    }

    @Test
    @DisplayName("a first start killed with kill -9 leaves no archive, and the start after makes one")
    void aKilledFirstStartLeavesNoArchive() throws Exception {
        Path archives = Files.createDirectories(folder.resolve("archives"));
        Path data = folder.resolve("data");
        try (SporProcess launcher = launch(data, archives, Map.of())) {
            launcher.awaitReady(LIMIT);
            ProcessHandle java = ProcessHandle.of(launcher.pid()).orElseThrow().descendants()
                    .filter(p -> p.info().command().orElse("").endsWith("java")).findFirst().orElseThrow();
            assertTrue(java.destroyForcibly());
            assertEquals(137, launcher.awaitExit(Duration.ofSeconds(60)), "it passes on how the JVM ended");
        }
        assertEquals(List.of(), files(archives), "nothing half-written is kept");

        try (SporProcess again = launch(data, archives, Map.of(), "--stop-when-ready")) {
            assertEquals(0, again.awaitExit(LIMIT), again.output());
        }
        assertEquals(1, files(archives).size(), files(archives).toString());
    }

    /** The launcher on the packed jar, its archive in a folder of the test's own. */
    private static SporProcess launch(Path data, Path archives, Map<String, String> environment, String... args) {
        Map<String, String> env = new HashMap<>(environment);
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("SPOR_JAR", JAR.toString());
        env.put("SPOR_CLASS_ARCHIVE_DIR", archives.toString());
        return SporProcess.launch(List.of(LAUNCHER.toString()), data, env, args);
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
