package dk.spor.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A SHA-256 over every file in the changelog's folder ({@code db/}: the changelog, its change sets and the data they
 * load), name and content, in name order. When the database says this fingerprint was fully applied, Liquibase need
 * not start at all: parsing the changelog and comparing it with {@code databasechangelog} is most of a restart.
 */
final class ChangelogFingerprint {

    private ChangelogFingerprint() {
    }

    /** The fingerprint, or empty when the changelog is somewhere it cannot be listed (then Liquibase always runs). */
    static Optional<String> of(String changeLog) {
        String resource = changeLog.startsWith("classpath:") ? changeLog.substring("classpath:".length()) : changeLog;
        int slash = resource.lastIndexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String folder = resource.substring(0, slash + 1);
        URL url = ChangelogFingerprint.class.getClassLoader().getResource(resource);
        if (url == null) {
            return Optional.empty();
        }
        try {
            Map<String, byte[]> files = switch (url.getProtocol()) {
                case "jar" -> fromJar(url, folder);
                case "file" -> fromFolder(Path.of(url.toURI()).getParent(), folder);
                default -> null;
            };
            return files == null ? Optional.empty() : Optional.of(digest(files));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static Map<String, byte[]> fromJar(URL url, String folder) throws IOException {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        Map<String, byte[]> files = new TreeMap<>();
        try (JarFile jar = connection.getJarFile()) {
            List<JarEntry> entries = new ArrayList<>();
            jar.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(folder)).forEach(entries::add);
            for (JarEntry entry : entries) {
                try (InputStream in = jar.getInputStream(entry)) {
                    files.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return files;
    }

    private static Map<String, byte[]> fromFolder(Path root, String folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder + root.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
            }
        }
        return files;
    }

    private static String digest(Map<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            files.forEach((name, content) -> {
                sha.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(content);
                sha.update((byte) 0);
            });
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
