package dk.spor.security.web;

import dk.spor.site.PageErrors;
import dk.spor.site.Pages;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableByteBody;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.filter.FilterBodyParser;
import io.micronaut.security.csrf.CsrfConfiguration;
import io.micronaut.security.csrf.validator.CsrfTokenValidator;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.CompletableFuture;

/**
 * Refuses every page request that changes something (POST, PUT, PATCH, DELETE) unless it carries the CSRF token that
 * matches its cookie: in the form field {@code csrfToken}, or for htmx in the header {@code X-CSRF-TOKEN}. Tokens,
 * cookie and validation are micronaut-security-csrf's; only the filter is Spor's. The module's own filter is switched
 * off because with Micronaut 4.10 it fails (a NullPointerException, answered 500) whenever a form's body reaches the
 * server after its headers, as browsers often send it; and unlike it, this one also refuses such a request with a body
 * of any other type. The JSON API is not filtered: it takes bearer tokens only, which another site cannot make a
 * browser send.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
public class PageCsrfFilter implements HttpServerFilter {

    private static final Set<HttpMethod> CHANGING = EnumSet.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    private final CsrfConfiguration csrf;
    private final CsrfTokenValidator<HttpRequest<?>> validator;
    private final FilterBodyParser bodies;
    private final Executor blocking;

    public PageCsrfFilter(CsrfConfiguration csrf, CsrfTokenValidator<HttpRequest<?>> validator,
                          FilterBodyParser bodies, @Named(TaskExecutors.BLOCKING) Executor blocking) {
        this.csrf = csrf;
        this.validator = validator;
        this.bodies = bodies;
        this.blocking = blocking;
    }

    /** After the sign-in check, so that someone signed out is sent to sign in rather than told the form expired. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        if (!CHANGING.contains(request.getMethod()) || !PageRequests.isPage(request)) {
            return chain.proceed(request);
        }
        Optional<String> header = request.getHeaders().get(csrf.getHeaderName(), String.class);
        if (header.isPresent()) {
            return valid(request, header.get()) ? chain.proceed(request) : refused(request);
        }
        Optional<MediaType> type = request.getContentType();
        if (type.filter(t -> t.matches(MediaType.MULTIPART_FORM_DATA_TYPE)).isPresent()
                && request instanceof ServerHttpRequest<?> server) {
            // the framework's body parser reads no multipart body (a file upload): the token is its own field in it
            String boundary = type.get().getParameters().get("boundary").orElse("");
            return Mono.fromFuture(() -> buffered(server).thenApplyAsync(body -> body, blocking))
                    .map(body -> MultipartField.value(body, boundary, csrf.getFieldName()).orElse(""))
                    .defaultIfEmpty("")
                    .flatMapMany(token -> valid(request, token) ? chain.proceed(request) : refused(request));
        }
        if (type.filter(t -> t.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE)).isEmpty()) {
            return refused(request);
        }
        // the page goes on after the token is read, never inside the body's own reading: a body already in gets its
        // read answered at once, and the page's reading it again from within that would nest two reads of one buffer
        return Mono.fromFuture(() -> bodies.parseBody(request).thenApplyAsync(fields -> fields, blocking))
                .map(fields -> Optional.ofNullable(fields.get(csrf.getFieldName())).map(String::valueOf).orElse(""))
                .defaultIfEmpty("")
                .flatMapMany(token -> valid(request, token) ? chain.proceed(request) : refused(request));
    }

    /** The whole body, read beside the controller's own reading of it (within the server's request size limit). */
    private static CompletableFuture<byte[]> buffered(ServerHttpRequest<?> request) {
        try (CloseableByteBody body = request.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST)) {
            return body.buffer().thenApply(b -> b.toByteArray());
        }
    }

    private boolean valid(HttpRequest<?> request, String token) {
        return !token.isBlank() && validator.validateCsrfToken(request, token);
    }

    private static Publisher<MutableHttpResponse<?>> refused(HttpRequest<?> request) {
        request.setAttribute(PageRequests.FORM_EXPIRED, true);
        return Flux.just(HttpResponse.status(HttpStatus.FORBIDDEN));
    }
}
