package dk.spor.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the PostgreSQL binaries in the Maven artifact, as the embedding library does, and remembers where it unpacks
 * them: {@code <binaries folder>/PG-<MD5 of the archive>}. Spor needs that folder to run {@code postgres --single}
 * before the server starts (to give the superuser its password). One instance per binaries folder, because the
 * library caches the unpacked folder per resolver.
 */
final class Binaries implements PgBinaryResolver {

    private static final Map<Path, Binaries> BY_FOLDER = new ConcurrentHashMap<>();

    private final Path folder;
    private volatile String archiveMd5;

    private Binaries(Path folder) {
        this.folder = folder;
    }

    static Binaries in(Path folder) {
        return BY_FOLDER.computeIfAbsent(folder.toAbsolutePath().normalize(), Binaries::new);
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        MessageDigest md5;
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
        InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
        return new DigestInputStream(archive, md5) {
            @Override
            public void close() throws IOException {
                super.close();
                if (archiveMd5 == null) {
                    archiveMd5 = HexFormat.of().formatHex(md5.digest());
                }
            }
        };
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
