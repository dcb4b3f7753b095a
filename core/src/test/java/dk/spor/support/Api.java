package dk.spor.support;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The API as a user's client sees it: sign in, then call with the bearer token. */
public final class Api {

    private final BlockingHttpClient client;
    private final String token;

    private Api(BlockingHttpClient client, String token) {
        this.client = client;
        this.token = token;
    }

    @SuppressWarnings("unchecked")
    public static Api signIn(BlockingHttpClient client, String username, String password) {
        Map<String, Object> body = client.retrieve(HttpRequest.POST("/api/login",
                Map.of("username", username, "password", password)), Map.class);
        return new Api(client, (String) body.get("access_token"));
    }

    /** A client with a bearer token got elsewhere, e.g. the session's JWT or an identity provider's access token. */
    public static Api withToken(BlockingHttpClient client, String token) {
        return new Api(client, token);
    }

    public static Api administrator(BlockingHttpClient client) {
        return signIn(client, "admin", "administrator-test-password");
    }

    public <T> HttpResponse<T> exchange(MutableHttpRequest<?> request, Class<T> type) {
        return client.exchange(request.bearerAuth(token), Argument.of(type), Argument.of(Map.class));
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> get(String uri) {
        return exchange(HttpRequest.GET(uri), Map.class).body();
    }

    public java.util.List<Map<String, Object>> list(String uri) {
        return client.exchange(HttpRequest.GET(uri).bearerAuth(token),
                Argument.listOf(Argument.mapOf(String.class, Object.class)), Argument.of(Map.class)).body();
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> post(String uri, Object body) {
        return exchange(HttpRequest.POST(uri, body), Map.class).body();
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> put(String uri, Object body) {
        return exchange(HttpRequest.PUT(uri, body), Map.class).body();
    }

    /** A PUT whose answer is a list, e.g. a replaced list of competences. */
    public java.util.List<Map<String, Object>> putList(String uri, Object body) {
        return client.exchange(HttpRequest.PUT(uri, body).bearerAuth(token),
                Argument.listOf(Argument.mapOf(String.class, Object.class)), Argument.of(Map.class)).body();
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> csv(String uri, String text) {
        return exchange(HttpRequest.POST(uri, text.getBytes(StandardCharsets.UTF_8))
                .contentType(MediaType.of("text/csv; charset=utf-8")), Map.class).body();
    }

    /** A JSON body from name-value pairs, in order; unlike {@code Map.of} it takes nulls and any number of pairs. */
    public static Map<String, Object> body(Object... pairs) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** The problem document of a refused call. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> problem(HttpClientResponseException e) {
        return e.getResponse().getBody(Map.class).orElseThrow();
    }
}
