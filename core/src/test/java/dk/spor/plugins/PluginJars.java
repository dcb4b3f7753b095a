package dk.spor.plugins;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/** Builds plugin jars on the fly, broken in the ways real plugins break. */
public final class PluginJars {

    private PluginJars() {
    }

    public static Path jar(Path folder, String file, Map<String, String> manifest, Map<String, byte[]> entries) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.forEach((k, v) -> m.getMainAttributes().putValue(k, v));
        Path jar = folder.resolve(file);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                j.putNextEntry(new JarEntry(e.getKey()));
                j.write(e.getValue());
                j.closeEntry();
            }
        }
        return jar;
    }

    public static Map<String, String> descriptor(String id, String requires) {
        return Map.of("Plugin-Id", id, "Plugin-Version", "0.0.1", "Plugin-Requires", requires, "Plugin-Provider", "test");
    }

    /** Compiles one sector extension class and returns the jar entries (class files and the extension index). */
    public static Map<String, byte[]> compiledExtension(String simpleName, String source) throws IOException {
        return compiledExtensions(simpleName, source, List.of(simpleName));
    }

    /**
     * Compiles a class (with any nested extension classes, e.g. {@code Sector$Policy}) and indexes the given
     * extensions; returns the jar entries.
     */
    public static Map<String, byte[]> compiledExtensions(String simpleName, String source, List<String> extensions)
            throws IOException {
        Path work = Files.createTempDirectory("plugin-src");
        Path src = work.resolve(simpleName + ".java");
        Files.writeString(src, "package test.plugin;\n" + source);
        Path classes = Files.createDirectories(work.resolve("classes"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int result = compiler.run(null, null, null, "-proc:none", "-classpath", System.getProperty("java.class.path"),
                "-d", classes.toString(), src.toString());
        if (result != 0) {
            throw new IllegalStateException("test plugin did not compile");
        }
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                entries.put(classes.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        StringBuilder index = new StringBuilder();
        extensions.forEach(e -> index.append("test.plugin.").append(e).append('\n'));
        entries.put("META-INF/extensions.idx", index.toString().getBytes());
        return entries;
    }

    public static String sector(String simpleName, String idBody) {
        return """
                import dk.spor.plugin.api.*;
                import java.util.*;
                @org.pf4j.Extension
                public class %s implements SectorExtension {
                    public String id() { %s }
                    public Text name() { return Text.of("Test", "Test"); }
                    public List<Text> targetGroups() { return List.of(); }
                    public List<ModuleTemplate> moduleTemplates() { return List.of(); }
                    public List<String> recommendedUseCaseIds() { return List.of(); }
                    public List<UseCase> ownUseCases() { return List.of(); }
                    public List<LeadershipCase> leadershipCases() { return List.of(); }
                    public Map<AttitudeType, List<Offer>> offersByAttitude() { return Map.of(); }
                }
                """.formatted(simpleName, idBody);
    }

    public static List<Path> builtPlugins() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../target/plugins"))) {
            return files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }
}
