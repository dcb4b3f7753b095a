package dk.spor.database;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built-in PostgreSQL unpacked by the system's tar and xz (both installed where the tests run, see .ci/run). */
@DisplayName("Unpacking PostgreSQL with the system's tar")
class NativeUnpackingTest {

    @TempDir
    Path folder;

    @Test
    @DisplayName("the archive Spor ships is unpacked into a complete, marked folder, and nothing is left beside it")
    void unpacksTheShippedArchive() throws IOException {
        Path target = folder.resolve("PG-test");
        NativeUnpacking.unpackIfMissing(shippedArchive(), target);
        assertTrue(Files.isExecutable(target.resolve("bin/postgres")));
        assertTrue(Files.isExecutable(target.resolve("bin/initdb")));
        assertTrue(Files.exists(target.resolve(NativeUnpacking.COMPLETE_MARK)), "marked complete for the library");
        assertEquals(List.of(target), entries(folder), "no staging folder left");
    }

    @Test
    @DisplayName("a folder that is already there is left as it is")
    void leavesAnExistingFolder() throws IOException {
        Path target = Files.createDirectories(folder.resolve("PG-test"));
        NativeUnpacking.unpackIfMissing(shippedArchive(), target);
        assertEquals(List.of(), entries(target), "not unpacked again into a folder another start owns");
    }

    @Test
    @DisplayName("an archive tar cannot read leaves nothing behind, so the library's own unpacking takes over")
    void aBrokenArchiveLeavesNothing() throws IOException {
        byte[] garbage = new byte[64 * 1024];
        new Random(7).nextBytes(garbage);
        Path target = folder.resolve("PG-test");
        NativeUnpacking.unpackIfMissing(garbage, target);
        assertFalse(Files.exists(target));
        assertEquals(List.of(), entries(folder));
    }

    private static byte[] shippedArchive() throws IOException {
        String arch = System.getProperty("os.arch").equals("amd64") ? "x86_64" : "arm_64";
        try (InputStream in = NativeUnpackingTest.class.getClassLoader()
                .getResourceAsStream("postgres-linux-" + arch + ".txz")) {
            assertNotNull(in, "the PostgreSQL archive is on the class path");
            return in.readAllBytes();
        }
    }

    private static List<Path> entries(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        }
    }
}
