package dk.spor.web.page;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.Map;

/**
 * Serves the page assets. A file's name changes with its content, so browsers may keep it for a year without asking
 * again ({@code immutable}); the second page a person opens loads nothing but the page itself.
 */
@Hidden
@Controller("/assets")
@Secured(SecurityRule.IS_ANONYMOUS)
public class AssetController {

    static final String FOREVER = "public, max-age=31536000, immutable";

    // said here rather than guessed, because with nosniff a browser refuses a style sheet or script of the wrong type
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "woff2", "font/woff2",
            "woff", "font/woff",
            "ttf", "font/ttf",
            "eot", "application/vnd.ms-fontobject");

    private final Assets assets;

    public AssetController(Assets assets) {
        this.assets = assets;
    }

    // any Accept: a browser asks for a font with */* and for a style sheet with text/css
    @Get("/{name}")
    @Produces(MediaType.ALL)
    public HttpResponse<StreamedFile> file(String name) {
        return assets.file(name)
                .map(url -> HttpResponse.ok(new StreamedFile(url))
                        .contentType(type(name))
                        .header(HttpHeaders.CACHE_CONTROL, FOREVER))
                .orElseGet(HttpResponse::notFound);
    }

    static MediaType type(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return MediaType.of(TYPES.getOrDefault(extension, MediaType.APPLICATION_OCTET_STREAM));
    }
}
