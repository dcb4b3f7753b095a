package dk.spor.web;

import dk.spor.input.model.PlainText;
import dk.spor.input.model.Excerpt;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.List;
import java.util.Map;

/**
 * An address whose path or query holds a control character ({@code /api/knowledge/use-cases/%00}) is refused before
 * anything else reads it, with a 400 naming the query parameter or the path: the same rule as for texts in bodies
 * ({@link PlainText}), so that no such value ever reaches a database query or a log line.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class PlainRequestLine implements Ordered {

    /** Before sign-in is checked: the address is refused whoever asks. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 50;
    }

    @RequestFilter
    @Nullable
    public MutableHttpResponse<?> refuseControlCharacters(HttpRequest<?> request) {
        if (!PlainText.allows(request.getPath()) || !PlainText.allows(decodedPath(request))) {
            return refused("path", "The address must not contain control characters (such as NUL) or broken"
                    + " characters.");
        }
        for (Map.Entry<String, List<String>> parameter : request.getParameters()) {
            boolean bad = !PlainText.allows(parameter.getKey());
            for (String value : parameter.getValue()) {
                bad |= !PlainText.allows(value);
            }
            if (bad) {
                String name = Excerpt.of(parameter.getKey());
                return refused(name, "The query parameter " + name + " " + PlainText.REFUSED + ".");
            }
        }
        return null;
    }

    /** The path with its %-escapes decoded, as the routes will read it; an undecodable path is another's refusal. */
    private static String decodedPath(HttpRequest<?> request) {
        try {
            return request.getUri().getPath();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static MutableHttpResponse<?> refused(String field, String detail) {
        return HttpResponse.status(HttpStatus.BAD_REQUEST).contentType(ProblemHandling.PROBLEM_JSON)
                .body(ProblemHandling.body(HttpStatus.BAD_REQUEST, HttpStatus.BAD_REQUEST.getReason(), detail,
                        List.of(Problem.FieldError.field(field, PlainText.REFUSED))));
    }
}
