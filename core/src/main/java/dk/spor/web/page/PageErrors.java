package dk.spor.web.page;

import io.micronaut.core.io.Writable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.views.ViewsRenderer;
import io.micronaut.views.ViewsRendererLocator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A page that went wrong is answered with a page, in the person's language, saying what to do next: the address does
 * not exist (404), the role does not allow it (403), a form was too old (its CSRF token no longer fits), or Spor
 * failed (5xx). Never a stack trace or a class name. The JSON API keeps its {@code application/problem+json}: only
 * requests for pages from a browser are turned into pages.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class PageErrors implements Ordered {

    /** Set on a request whose form was refused for a missing or stale CSRF token. */
    public static final String FORM_EXPIRED = "spor.page.form-expired";

    private static final Logger LOG = LoggerFactory.getLogger(PageErrors.class);

    /** What the error page says; {@code kind} picks the texts: {@code error.<kind>.title}, {@code .text}. */
    public record ErrorPage(int status, String kind) {
    }

    private final Pages pages;
    private final ViewsRendererLocator renderers;

    public PageErrors(Pages pages, ViewsRendererLocator renderers) {
        this.pages = pages;
        this.renderers = renderers;
    }

    /** Inside {@code SecurityHeaders}, so error pages carry the same headers as every other answer. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    @ResponseFilter
    public void errorPage(HttpRequest<?> request, MutableHttpResponse<?> response) {
        int status = response.code();
        if (status < 400 || !PageRequests.isPage(request) || !PageRequests.wantsHtml(request)
                || response.getContentType().filter(t -> t.matches(MediaType.TEXT_HTML_TYPE)).isPresent()) {
            return;
        }
        ErrorPage page = new ErrorPage(status, kind(request, status));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("ctx", pages.bareContext(request));
        model.put("model", page);
        try {
            @SuppressWarnings("rawtypes")
            Optional<ViewsRenderer> renderer = renderers.resolveViewsRenderer("web/error", MediaType.TEXT_HTML, model);
            if (renderer.isEmpty()) {
                return;
            }
            @SuppressWarnings("unchecked")
            Writable writable = renderer.get().render("web/error", model, request);
            StringWriter html = new StringWriter();
            writable.writeTo(html);
            @SuppressWarnings("unchecked")
            MutableHttpResponse<Object> answer = (MutableHttpResponse<Object>) response;
            answer.body(html.toString());
            answer.contentType(MediaType.TEXT_HTML + ";charset=utf-8");
        } catch (IOException | RuntimeException e) {
            // the problem document stays the answer
            LOG.warn("The error page could not be shown: {}", e.toString());
        }
    }

    static String kind(HttpRequest<?> request, int status) {
        if (request.getAttribute(FORM_EXPIRED).isPresent()) {
            return "formExpired";
        }
        if (status == HttpStatus.NOT_FOUND.getCode()) {
            return "notFound";
        }
        if (status == HttpStatus.FORBIDDEN.getCode()) {
            return "forbidden";
        }
        return status >= 500 ? "failed" : "badRequest";
    }
}
