package dk.spor.web.page;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every text exists in Danish and in English, and every text a template or page asks for exists. */
class MessageBundlesTest {

    private static final Path TEMPLATES = Path.of("src/main/jte");
    private static final Path SOURCES = Path.of("src/main/java");
    // localize("key"…), text("key"…), label = "key", labelKey "key": a literal key; keys built from a prefix
    // ("role." + …) are checked through their enum values below
    private static final Pattern KEY = Pattern.compile(
            "(?:localize|text)\\(\"([a-z][A-Za-z0-9_.]+[A-Za-z0-9_])\"|label = \"([a-z][A-Za-z0-9_.]+)\"|"
                    + "case \\w+ -> \"([a-z][A-Za-z0-9_.]+)\"");

    private static Properties bundle(String name, String language) throws IOException {
        Properties p = new Properties();
        String file = "/" + name.replace('.', '/') + "_" + language + ".properties";
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(file)) {
            assertTrue(in != null, file + " is missing");
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** All bundles of one language together. */
    private static Properties bundle(String language) throws IOException {
        Properties all = new Properties();
        for (String name : PageTexts.BUNDLES) {
            all.putAll(bundle(name, language));
        }
        return all;
    }

    @Test
    void a_key_lives_in_one_bundle_only() throws IOException {
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        for (String name : PageTexts.BUNDLES) {
            for (String key : bundle(name, "da").stringPropertyNames()) {
                if (!seen.add(key)) {
                    twice.add(key + " (again in " + name + ")");
                }
            }
        }
        assertEquals(Set.of(), twice);
    }

    @Test
    void a_key_in_one_language_is_also_in_the_other() throws IOException {
        Set<String> da = new TreeSet<>(bundle("da").stringPropertyNames());
        Set<String> en = new TreeSet<>(bundle("en").stringPropertyNames());
        Set<String> onlyDa = new TreeSet<>(da);
        onlyDa.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(da);
        assertEquals(Set.of(), onlyDa, "in Danish but not in English");
        assertEquals(Set.of(), onlyEn, "in English but not in Danish");
    }

    @Test
    void no_text_is_empty() throws IOException {
        for (String language : new String[]{"da", "en"}) {
            Properties p = bundle(language);
            for (String key : p.stringPropertyNames()) {
                assertTrue(!p.getProperty(key).isBlank(), language + ": " + key + " is empty");
            }
        }
    }

    @Test
    void every_key_the_pages_ask_for_exists() throws IOException {
        Set<String> known = bundle("da").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        for (Path root : new Path[]{TEMPLATES, SOURCES}) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".jte") || f.toString().endsWith(".java"))
                        .toList()) {
                    Matcher m = KEY.matcher(Files.readString(file));
                    while (m.find()) {
                        String key = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                        if (key.contains(".") && !known.contains(key)) {
                            missing.add(key + " (" + file.getFileName() + ")");
                        }
                    }
                }
            }
        }
        for (dk.spor.security.Role role : dk.spor.security.Role.values()) {
            if (!known.contains("role." + role.name())) {
                missing.add("role." + role.name());
            }
        }
        for (dk.spor.programme.model.ProgrammeState state : dk.spor.programme.model.ProgrammeState.values()) {
            if (!known.contains("programme.state." + state.name())) {
                missing.add("programme.state." + state.name());
            }
        }
        for (String kind : new String[]{"notFound", "forbidden", "formExpired", "failed", "badRequest"}) {
            for (String part : new String[]{"title", "text", "next"}) {
                if (!known.contains("error." + kind + "." + part)) {
                    missing.add("error." + kind + "." + part);
                }
            }
        }
        assertEquals(Set.of(), missing);
    }
}
