package dk.spor.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

/**
 * Secrets Spor generates for itself and keeps in its data folder (the token-signing secret, the built-in database's
 * password): 48 random bytes, URL-safe Base64, in a file only the owner may read or write (mode 600) from the moment
 * it exists.
 */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);

    private Secrets() {
    }

    /** The secret in the file, or a new one written to it when the file does not exist yet. */
    static String readOrCreate(Path file) throws IOException {
        return readOrCreateReporting(file).value();
    }

    /** The secret and whether this call created it. */
    static Secret readOrCreateReporting(Path file) throws IOException {
        if (Files.exists(file)) {
            return new Secret(read(file), false);
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        String secret = generate();
        try {
            if (supportsPosix(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            // another process made it a moment ago: use theirs
            return new Secret(read(file), false);
        }
        Files.writeString(file, secret, StandardCharsets.US_ASCII);
        return new Secret(secret, true);
    }

    record Secret(String value, boolean created) {
    }

    private static String read(Path file) throws IOException {
        String secret = Files.readString(file, StandardCharsets.US_ASCII).trim();
        if (secret.isEmpty()) {
            throw new IOException(file + " is empty; delete it and Spor makes a new one");
        }
        return secret;
    }

    static String generate() {
        byte[] bytes = new byte[48];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean supportsPosix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
