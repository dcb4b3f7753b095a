package dk.spor.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Single sign-on at the HTTP level, step by step, for what a browser does not let a test do: change the provider's
 * answer on its way back (the state), send it twice, or keep the cookies of an earlier attempt. The Spor side keeps
 * cookies like a browser ({@link PageClient}); the provider's login form is filled in as a person would.
 */
public final class ProviderSignIn {

    private final PageClient spor;
    private final HttpClient provider = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public ProviderSignIn(PageClient spor) {
        this.spor = spor;
    }

    /** Presses the provider's button: Spor's answer, a redirect to the provider's authorization endpoint. */
    public HttpResponse<String> start(String providerId) {
        return spor.get("/oauth/login/" + providerId);
    }

    /**
     * Presses the button and signs in on the provider's login form with a username (the provider's subject) and the
     * claims its ID token carries, as JSON; answers the provider's redirect back to Spor (code and state).
     */
    public String atProvider(String providerId, String username, String claimsJson) {
        HttpResponse<String> started = start(providerId);
        String authorize = location(started);
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(authorize)).GET());
        if (form.statusCode() != 200 || !form.body().contains("name=\"username\"")) {
            throw new AssertionError("The provider showed no login form: " + form.statusCode() + "\n" + form.body());
        }
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&claims="
                + URLEncoder.encode(claimsJson, StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(authorize))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        return location(signedIn);
    }

    /** Follows the provider's redirect back to Spor, as the browser would. */
    public HttpResponse<String> back(String callback) {
        return spor.get(callback);
    }

    /** The whole sign-in: button, login form, back to Spor; answers Spor's answer to the provider's redirect. */
    public HttpResponse<String> signIn(String providerId, String username, String claimsJson) {
        return back(atProvider(providerId, username, claimsJson));
    }

    public PageClient spor() {
        return spor;
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
                "No redirect but " + response.statusCode() + ": " + response.body()));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return provider.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
