package dk.spor.database;

import dk.spor.support.RealPeers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Spor as an operator runs it: {@code java dk.spor.Application} in a process of its own, on the classes this build
 * made (without the test classes, so with the real {@code application.yml} and log configuration), with its own
 * data folder and port. Tests kill it for real. {@link #close()} leaves no process behind: neither Spor nor the
 * PostgreSQL it started.
 */
public final class SporProcess implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "process-test-admin-password";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path dataDir;
    private final Path log;
    private final int port;

    private SporProcess(Process process, Path dataDir, Path log, int port) {
        this.process = process;
        this.dataDir = dataDir;
        this.log = log;
        this.port = port;
    }

    /** Starts Spor on the data folder with the built-in database (unless the environment names a server). */
    public static SporProcess start(Path dataDir, Map<String, String> environment, String... args) {
        try {
            Files.createDirectories(dataDir);
            shareUnpackedBinaries(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return launch(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", applicationClassPath(), "dk.spor.Application"),
                dataDir, environment, args);
    }

    /**
     * Starts Spor with a command of the caller's ({@code core/bin/spor}, say) on the data folder, in the same
     * environment as {@link #start}; the data folder unpacks PostgreSQL itself, as on a real first start.
     */
    public static SporProcess launch(List<String> command, Path dataDir, Map<String, String> environment,
                                     String... args) {
        try {
            Files.createDirectories(dataDir);
            int port = RealPeers.freePort();
            Path log = Files.createTempFile(dataDir.getParent(), "spor-", ".log");
            List<String> full = new ArrayList<>(command);
            full.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(k -> k.startsWith("SPOR_") || k.startsWith("MICRONAUT_") || k.startsWith("DATASOURCES_"));
            env.put("SPOR_DATA_DIR", dataDir.toString());
            env.put("SPOR_PORT", String.valueOf(port));
            env.put("SPOR_PLUGINS_DIR", Path.of("../target/plugins").toAbsolutePath().normalize().toString());
            env.put("SPOR_ADMIN_PASSWORD", ADMIN_PASSWORD);
            env.putAll(environment);
            return new SporProcess(builder.start(), dataDir, log, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SporProcess start(Path dataDir, String... args) {
        return start(dataDir, Map.of(), args);
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until {@code /health/readiness} answers 200, and says how long that took. */
    public Duration awaitReady(Duration limit) {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("Spor exited with " + process.exitValue() + " before it was ready:\n" + output());
            }
            if (status("/health/readiness") == 200) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            sleep(100);
        }
        throw new AssertionError("Spor was not ready within " + limit.toSeconds() + " s:\n" + output());
    }

    /** The HTTP status of a GET, or -1 when nothing answers. */
    public int status(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Signs in and gives the bearer token. */
    public String signIn(String username, String password) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url("/api/login")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\""
                        + password + "\"}")));
        if (response.statusCode() != 200) {
            throw new AssertionError("sign-in as " + username + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        String body = response.body();
        int at = body.indexOf("\"access_token\":\"") + 16;
        return body.substring(at, body.indexOf('"', at));
    }

    public HttpResponse<String> get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + token).GET());
    }

    public HttpResponse<String> post(String path, String token, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> put(String path, String token, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A GET without a sign-in, as a calendar client reads its feed. */
    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET());
    }

    /** What the process printed so far, line by line. */
    public List<String> lines() {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String output() {
        return String.join("\n", lines());
    }

    /** {@code kill -9} of the Java process; the built-in PostgreSQL it started keeps running, as in real life. */
    public void kill9() {
        process.destroyForcibly();
        await(process.toHandle(), Duration.ofSeconds(20));
    }

    /** Waits for the process to end by itself, and returns its exit code. */
    public int awaitExit(Duration limit) {
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("Spor did not end within " + limit.toSeconds() + " s:\n" + output());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        return process.exitValue();
    }

    /** {@code kill -TERM}: a normal stop. Returns the exit code. */
    public int stop(Duration limit) {
        process.destroy();
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("Spor did not stop within " + limit.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return process.exitValue();
    }

    /** The built-in PostgreSQL's server process, from its {@code postmaster.pid}, if one is running. */
    public Optional<ProcessHandle> postmaster() {
        return postmasterOf(dataDir);
    }

    public static Optional<ProcessHandle> postmasterOf(Path dataDir) {
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty()
                    : ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** {@code kill -9} of PostgreSQL and every process it started: what a power cut leaves behind, minus the disk. */
    public static void kill9Postgres(Path dataDir) {
        postmasterOf(dataDir).ifPresent(postmaster -> {
            List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
            all.add(0, postmaster);
            all.forEach(ProcessHandle::destroyForcibly);
            all.forEach(p -> await(p, Duration.ofSeconds(20)));
        });
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            await(process.toHandle(), Duration.ofSeconds(20));
        }
        kill9Postgres(dataDir);
    }

    /** Removes a folder and everything in it. */
    public static void delete(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a temp folder; the next run does not depend on it
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }

    /** The application's classes and libraries as this test run has them, without the test classes. */
    static String applicationClassPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> entries = new ArrayList<>();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            if (!entry.isBlank() && !entry.replace('\\', '/').endsWith("/test-classes")) {
                entries.add(entry);
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    /** Unpacking PostgreSQL takes seconds; every process test uses the copy the test database unpacked. */
    private static void shareUnpackedBinaries(Path dataDir) throws IOException {
        Path own = dataDir.resolve("postgres-binaries");
        if (Files.exists(own)) {
            return;
        }
        Path shared = Path.of(System.getProperty("java.io.tmpdir"), "spor-test-pg-binaries");
        Files.createDirectories(shared);
        Files.createSymbolicLink(own, shared);
    }

    private static void await(ProcessHandle process, Duration limit) {
        try {
            process.onExit().get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception ignored) {
            // checked by the caller where it matters
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Map<String, String> env(String... pairs) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
