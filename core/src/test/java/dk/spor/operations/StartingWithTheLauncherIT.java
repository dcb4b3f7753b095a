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
 * the archive another is still making, nor the archive of another jar that shares the folder. The first start is a
 * real first start: PostgreSQL unpacked (by the system's tar when it has one), initialised and migrated.
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
        // what other jars' first starts left: one whose jar is still there (another Spor sharing the folder), one
        // whose jar is gone, one from before archives were noted with their jar, and a note whose archive is gone
        Path otherJar = Files.createFile(Files.createDirectories(folder.resolve("other")).resolve("spor.jar"));
        Path othersArchive = archive(archives, "2", otherJar.toString());
        Path goneJarsArchive = archive(archives, "3", folder.resolve("gone/spor.jar").toString());
        Path unnotedArchive = archive(archives, "4", null);
        Path orphanNote = Files.writeString(archives.resolve("spor-classes-5.jsa.made-for"), otherJar + "\n");

        try (SporProcess first = launch(data, archives, Map.of(), "--stop-when-ready")) {
            assertEquals(0, first.awaitExit(LIMIT), first.output());
            assertTrue(first.output().contains("Spor is ready after"), first.output());
            assertFalse(first.output().contains("[cds"), "the JVM's archive notes stay out of the log:\n"
                    + first.output());
        }
        assertFalse(Files.exists(abandoned), "an ended first start's half-written archive is removed");
        assertTrue(Files.exists(stillBeingMade), "a running first start's archive is left to it");
        assertTrue(Files.exists(othersArchive) && Files.exists(note(othersArchive)),
                "the archive of another jar that is still there is left to it");
        for (Path gone : List.of(goneJarsArchive, note(goneJarsArchive), unnotedArchive, orphanNote)) {
            assertFalse(Files.exists(gone), "not needed again, so removed: " + gone);
        }
        Files.delete(stillBeingMade);
        Files.delete(othersArchive);
        Files.delete(note(othersArchive));
        List<Path> made = files(archives);
        assertEquals(2, made.size(), "one archive with its note, and nothing half-written: " + made);
        assertTrue(made.get(0).getFileName().toString().matches("spor-classes-\\d+\\.jsa"), made.toString());
        assertEquals(note(made.get(0)), made.get(1));
        assertEquals(JAR + "\n", Files.readString(made.get(1)), "the archive is noted with the jar it was made for");
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
        List<Path> made = files(archives);
        assertEquals(2, made.size(), "an archive and its note: " + made);
        assertTrue(made.get(0).getFileName().toString().matches("spor-classes-\\d+\\.jsa"), made.toString());
    }

    /** A stand-in for an archive another first start left, with its note of the jar it was made for when given. */
    private static Path archive(Path archives, String key, String madeFor) throws IOException {
        Path archive = Files.writeString(archives.resolve("spor-classes-" + key + ".jsa"), "not a real archive");
        if (madeFor != null) {
            Files.writeString(note(archive), madeFor + "\n");
        }
        return archive;
    }

    private static Path note(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".made-for");
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
