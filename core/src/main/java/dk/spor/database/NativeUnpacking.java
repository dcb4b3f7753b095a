package dk.spor.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Unpacks the PostgreSQL archive ({@code .txz}) with the system's {@code tar} and {@code xz}, into a folder of its
 * own that is renamed into place only when complete, and marked the way the embedding library marks a folder it has
 * unpacked ({@code .exists}). Anything short of that leaves no trace, and the library unpacks the archive itself.
 */
final class NativeUnpacking {

    /** The embedding library's sign that a folder of binaries is complete. */
    static final String COMPLETE_MARK = ".exists";
    private static final long TIME_LIMIT_SECONDS = 120;
    private static final Logger LOG = LoggerFactory.getLogger(NativeUnpacking.class);

    private NativeUnpacking() {
    }

    static void unpackIfMissing(byte[] txz, Path target) {
        if (Files.exists(target)) {
            return; // ready, or the library's own unpacking of it is under way or was cut short: the library decides
        }
        Optional<Path> tar = onPath("tar");
        if (tar.isEmpty() || onPath("xz").isEmpty()) {
            return;
        }
        Path staging = target.resolveSibling(target.getFileName() + ".unpacking-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(staging);
            Process process = new ProcessBuilder(tar.get().toString(), "--no-same-owner", "-xJf", "-",
                    "-C", staging.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(txz);
            }
            if (!process.waitFor(TIME_LIMIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("tar took over " + TIME_LIMIT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IOException("tar ended with exit code " + process.exitValue());
            }
            Files.createFile(staging.resolve(COMPLETE_MARK));
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException anotherWasFaster) {
            // another process unpacked the same archive at the same time: its folder is as good as this one
        } catch (IOException e) {
            LOG.debug("Unpacking PostgreSQL with tar failed ({}); the Java unpacking takes over.", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            deleteQuietly(staging);
        }
    }

    private static Optional<Path> onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, command)).filter(Files::isExecutable).findFirst();
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.debug("Could not remove {} ({}).", folder, e.getMessage());
        }
    }
}
