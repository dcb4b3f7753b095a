package dk.spor.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.ArchUtils;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the PostgreSQL binaries in the Maven artifact, as the embedding library does, and remembers where it unpacks
 * them: {@code <binaries folder>/PG-<MD5 of the archive>}. Spor needs that folder to run {@code postgres --single}
 * before the server starts (to give the superuser its password). One instance per binaries folder, because the
 * library caches the unpacked folder per resolver.
 */
final class Binaries implements PgBinaryResolver {

    private static final Map<Path, Binaries> BY_FOLDER = new ConcurrentHashMap<>();
    /** The archive by name, while it is read or waits for the start that needs it. */
    private static final Map<String, CompletableFuture<Archive>> READ = new ConcurrentHashMap<>();

    private final Path folder;
    private volatile String archiveMd5;

    private Binaries(Path folder) {
        this.folder = folder;
    }

    static Binaries in(Path folder) {
        return BY_FOLDER.computeIfAbsent(folder.toAbsolutePath().normalize(), Binaries::new);
    }

    /**
     * The archive, read once: its MD5 names the folder it is unpacked into. When that folder is not there yet and the
     * system has {@code tar} and {@code xz}, they unpack it (several times faster than the library's unpacking in
     * Java, most of a first start's wait for PostgreSQL); the library then finds the folder ready. Without them, or
     * if they fail, the library unpacks it as before.
     */
    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        // read ahead, or being read (the map waits for that), or read now
        CompletableFuture<Archive> ahead = READ.remove(archiveName(system, machineHardware));
        Archive archive = null;
        if (ahead != null) {
            try {
                archive = ahead.join();
            } catch (CompletionException failedAhead) {
                // read again, and fail here with the reason
            }
        }
        if (archive == null) {
            try {
                archive = read(system, machineHardware);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        archiveMd5 = archive.md5();
        NativeUnpacking.unpackIfMissing(archive.bytes(), folder.resolve("PG-" + archive.md5()));
        return new ByteArrayInputStream(archive.bytes());
    }

    /**
     * Reads this system's archive and its MD5 before the start that needs them, on the calling thread (see
     * {@link DatabaseBootstrap#prepareAhead()}): fifteen megabytes and a checksum that no setting changes.
     */
    static void readAhead() {
        if (!System.getProperty("os.name", "").startsWith("Linux")) {
            return;
        }
        // as the embedding library names the machine; the map keeps what is read until the start takes it
        String arch = System.getProperty("os.arch", "");
        String machine = "amd64".equals(arch) ? "x86_64" : arch;
        READ.computeIfAbsent(archiveName("Linux", machine),
                n -> CompletableFuture.supplyAsync(() -> read("Linux", machine), Runnable::run));
    }

    private record Archive(byte[] bytes, String md5) {
    }

    private static String archiveName(String system, String machineHardware) {
        return "postgres-" + system.toLowerCase(Locale.ROOT) + "-" + ArchUtils.normalize(machineHardware) + ".txz";
    }

    private static Archive read(String system, String machineHardware) {
        try (InputStream in = bundled(system, machineHardware)) {
            byte[] bytes = in.readAllBytes();
            return new Archive(bytes, HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The archive Spor ships for this system ({@code postgres-linux-x86_64.txz}, {@code postgres-linux-arm_64.txz}),
     * read straight from the class path; only for another system is the library's own search asked, which first runs
     * {@code lsb_release} to look for a distribution's own binaries.
     */
    private static InputStream bundled(String system, String machineHardware) throws IOException {
        InputStream archive = Binaries.class.getClassLoader()
                .getResourceAsStream(archiveName(system, machineHardware));
        return archive != null ? archive : DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
    }

    /** An executable in the unpacked {@code bin} folder; known once the library has prepared the binaries. */
    Path executable(String name) {
        if (archiveMd5 == null) {
            throw new IllegalStateException("the PostgreSQL binaries in " + folder + " are not unpacked yet");
        }
        Path path = folder.resolve("PG-" + archiveMd5).resolve("bin").resolve(name);
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException(path + " is missing; delete " + folder + " and start again");
        }
        return path;
    }
}
