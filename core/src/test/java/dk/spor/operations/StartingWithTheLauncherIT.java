package dk.spor.operations;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launcher ({@code core/bin/spor}) as an operator runs it, on the jar this build packed: the first start of a jar
 * leaves a class-data archive when it stops, later starts use it, and a start killed before it could write one leaves
 * nothing half-written behind (a half-written archive would crash every start after). The first start is a real
 * first start: PostgreSQL unpacked (by the system's tar when it has one), initialised and migrated.
 */
@DisplayName("Starting Spor with its launcher")
class StartingWithTheLauncherIT {

    private static final Path LAUNCHER = Path.of("bin/spor").toAbsolutePath();
    private static final Path JAR = Path.of("target/spor.jar").toAbsolutePath();

    @TempDir
    Path folder;

    @Test
    @DisplayName("the first start of a jar leaves a class-data archive, and the next start maps its classes from it")
    void firstStartLeavesTheArchiveTheNextUses() throws Exception {
        Path archives = Files.createDirectories(folder.resolve("archives"));
        Path data = folder.resolve("data");

        Started first = run(data, archives, Map.of(), "--stop-when-ready");
        assertEquals(0, first.exitCode(), first.output());
        assertTrue(first.output().contains("Spor is ready after"), first.output());
        assertFalse(first.output().contains("[cds"), "the JVM's archive notes stay out of the log:\n" + first.output());
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
        Started second = run(data, archives, Map.of("SPOR_JAVA_OPTS", "-Xlog:class+load=info:file=" + classes),
                "--stop-when-ready");
        assertEquals(0, second.exitCode(), second.output());
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
        int port = freePort();
        Process launcher = builder(data, archives, port, Map.of()).start();
        awaitReady(launcher, port);
        ProcessHandle java = launcher.descendants().filter(p -> p.info().command().orElse("").endsWith("java"))
                .findFirst().orElseThrow();
        assertTrue(java.destroyForcibly());
        assertTrue(launcher.waitFor(60, TimeUnit.SECONDS), "the launcher ends with the JVM it started");
        assertEquals(137, launcher.exitValue(), "it passes on how the JVM ended");
        assertEquals(List.of(), files(archives), "nothing half-written is kept");
        // its PostgreSQL is still running: the next start on the data folder takes it over

        Started again = run(data, archives, Map.of(), "--stop-when-ready");
        assertEquals(0, again.exitCode(), again.output());
        assertEquals(1, files(archives).size(), files(archives).toString());
    }

    private record Started(int exitCode, String output) {
    }

    private Started run(Path data, Path archives, Map<String, String> environment, String... args) throws Exception {
        Path log = Files.createTempFile(folder, "launcher-", ".log");
        ProcessBuilder builder = builder(data, archives, freePort(), environment, args)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("the launcher did not stop within 3 minutes:\n" + Files.readString(log));
        }
        return new Started(process.exitValue(), Files.readString(log));
    }

    private ProcessBuilder builder(Path data, Path archives, int port, Map<String, String> environment,
                                   String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (args.length == 0) {
            builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("SPOR_") || k.startsWith("MICRONAUT_") || k.startsWith("DATASOURCES_"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("SPOR_JAR", JAR.toString());
        env.put("SPOR_CLASS_ARCHIVE_DIR", archives.toString());
        env.put("SPOR_DATA_DIR", data.toString());
        env.put("SPOR_PORT", String.valueOf(port));
        env.put("SPOR_PLUGINS_DIR", Path.of("../target/plugins").toAbsolutePath().normalize().toString());
        env.put("SPOR_ADMIN_PASSWORD", "launcher-test-admin-password");
        env.putAll(environment);
        return builder;
    }

    private static void awaitReady(Process launcher, int port) throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            assertTrue(launcher.isAlive(), "the launcher ended before Spor was ready");
            try {
                int status = http.send(java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create("http://localhost:" + port + "/health/readiness")).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Spor was not ready within 3 minutes");
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
