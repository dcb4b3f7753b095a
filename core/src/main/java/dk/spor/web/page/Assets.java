package dk.spor.web.page;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The files pages load (styles, scripts, fonts, icons), as the build wrote them: each under a name that carries a hash
 * of its content ({@code core/frontend/build-assets.mjs}). Templates ask for {@code url("dkfds.css")}; the server hands
 * out only the files the build listed, and lets browsers keep them for a year.
 */
@Singleton
public class Assets {

    static final String FOLDER = "public/assets/";
    static final String PATH = "/assets/";

    @Serdeable
    record Manifest(Map<String, String> entries, List<String> files) {
    }

    private final Map<String, String> entries;
    private final Set<String> files;

    public Assets(ObjectMapper json) {
        URL manifest = resource(FOLDER + "manifest.json")
                .orElseThrow(() -> new IllegalStateException("The page assets are missing from the build (no "
                        + FOLDER + "manifest.json): build with Maven, which runs npm and core/frontend/build-assets.mjs."));
        try (InputStream in = manifest.openStream()) {
            Manifest read = json.readValue(in, Manifest.class);
            this.entries = Map.copyOf(read.entries());
            this.files = Set.copyOf(read.files());
        } catch (IOException e) {
            throw new UncheckedIOException("The page assets' manifest cannot be read", e);
        }
    }

    /** The address of an asset by the name the build gave it, e.g. {@code dkfds.css}. */
    public String url(String entry) {
        String file = entries.get(entry);
        if (file == null) {
            throw new IllegalArgumentException("No page asset is called " + entry + "; see core/frontend/build-assets.mjs");
        }
        return PATH + file;
    }

    /** The content of a served file by its hashed name; empty for anything the build did not list. */
    Optional<URL> file(String name) {
        return files.contains(name) ? resource(FOLDER + name) : Optional.empty();
    }

    private static Optional<URL> resource(String path) {
        return Optional.ofNullable(Assets.class.getClassLoader().getResource(path));
    }
}
