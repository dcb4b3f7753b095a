package dk.spor.web;

import dk.spor.support.Api;
import dk.spor.support.FixtureOrganisation;
import dk.spor.support.Insides;
import dk.spor.support.Lookups;
import dk.spor.support.RealDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fuzz test over the JSON API, driven by the OpenAPI document the server publishes: every operation in it (and
 * sign-in, which the document leaves to the security module) is called with values of the wrong type, huge and empty
 * strings, NUL and other control characters, deep nesting, far dates and ids that are no ids, in the path, the query
 * and the body, as a signed-in person and without signing in. Every answer must come within a bound, none may be a
 * server error, no error may name the server's classes or SQL, and a success must be one the document lists.
 *
 * <p>Bounded by count: a fixed seed, at most {@link #MAX_CASES_PER_OPERATION} calls per operation and role. The
 * counts are printed at the end (and given in the README).
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FuzzingTheApiHttpTest implements RealDatabase {

    private static final long SEED = 16;
    private static final int MAX_CASES_PER_OPERATION = 24;
    /** For one call of at most a few hundred kilobytes, on a loaded two-core machine. */
    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final int HUGE = 200_000;
    private static final int DEEP = 20_000;
    private static final String FAR_DATE = "+999999999-12-31T23:59:59Z";

    @Inject
    EmbeddedServer server;

    @Inject
    @io.micronaut.http.client.annotation.Client("/")
    io.micronaut.http.client.HttpClient micronautClient;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Random random = new Random(SEED);
    private final Map<String, String> ids = new LinkedHashMap<>();
    private Map<String, Object> document;

    /** A JSON text put into a body as it is (deep nesting, bare control characters). */
    private record Raw(String json) {
    }

    private record Case(String what, String path, String contentType, byte[] body) {
    }

    private record Answer(int status, String body, Duration elapsed) {
    }

    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> byStatus = new TreeMap<>();
    private int calls;
    private int retried;
    private int operations;
    private Duration slowest = Duration.ZERO;

    @BeforeAll
    void an_organisation_with_a_programme_a_survey_round_and_a_goal() throws Exception {
        FixtureOrganisation organisation = FixtureOrganisation.imported(micronautClient.toBlocking());
        Api hr = Api.administrator(micronautClient.toBlocking());
        String unit = Lookups.unit(hr, "JC");
        String programme = (String) hr.post("/api/programmes", Map.of("name", "Prøveforløb",
                "unitIds", List.of(unit))).get("id");
        String round = (String) hr.post("/api/programmes/" + programme + "/survey-rounds", Map.of()).get("id");
        String goal = (String) organisation.as("bo@example.dk").post("/api/me/goals",
                Map.of("programmeId", programme, "text", "Prøve det af")).get("id");
        ids.put("programme", programme);
        ids.put("unit", unit);
        ids.put("round", round);
        ids.put("goal", goal);
        ids.put("person", Lookups.person(hr, "bo@example.dk"));
        HttpResponse<String> spec = http.send(HttpRequest.newBuilder(uri("/openapi/spor-1.0.0.yml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        document = new Yaml().load(spec.body());
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_operation_answers_junk_within_bounds_without_a_server_error_or_a_word_of_the_inside() throws Exception {
        // given: every operation of the document, and sign-in
        Map<String, Map<String, Object>> paths = new TreeMap<>((Map<String, Map<String, Object>>) document.get("paths"));
        Map<String, Object> login = Map.of("requestBody", Map.of("content", Map.of("application/json", Map.of(
                "schema", Map.of("type", "object", "required", List.of("username", "password"), "properties", Map.of(
                        "username", Map.of("type", "string"), "password", Map.of("type", "string")))))),
                "responses", Map.of("200", Map.of()));
        paths.put("/api/login", Map.of("post", login));

        // when
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            for (Map.Entry<String, Object> operation : path.getValue().entrySet()) {
                String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                operations++;
                Map<String, Object> op = (Map<String, Object>) operation.getValue();
                List<Case> cases = cases(path.getKey(), op);
                String token = token(who(path.getKey()));
                for (Case c : cases) {
                    check(method, path.getKey(), op, c, token);
                }
                // and one call without signing in, with the first case's junk
                if (!cases.isEmpty()) {
                    check(method, path.getKey(), op, cases.get(cases.size() - 1), null);
                }
            }
        }

        // then
        System.out.printf("Fuzzing the API: %d operations, %d calls, answers by status %s, slowest %d ms,"
                + " %d sent again on a new connection, %d failures%n", operations, calls, byStatus, slowest.toMillis(),
                retried, failures.size());
        assertTrue(operations >= 90, "the document lists only " + operations + " operations");
        assertTrue(failures.isEmpty(), failures.size() + " of " + calls + " calls failed:\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }

    /** Who calls an operation: its manager for a manager's view, else HR (who is also a person). */
    private static String who(String path) {
        return path.contains("/managers/") || path.startsWith("/api/people/{personId}/goals")
                || path.startsWith("/api/goals/") ? "anne@example.dk" : "hanne@example.dk";
    }

    private String token(String email) {
        return (String) micronautClient.toBlocking().retrieve(io.micronaut.http.HttpRequest.POST("/api/login",
                Map.of("username", email, "password", FixtureOrganisation.PASSWORD)), Map.class).get("access_token");
    }

    // ---- the cases of one operation ----

    @SuppressWarnings("unchecked")
    private List<Case> cases(String template, Map<String, Object> op) {
        List<Case> cases = new ArrayList<>();
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) op.getOrDefault("parameters", List.of());
        Map<String, String> valid = new LinkedHashMap<>();
        for (Map<String, Object> p : parameters) {
            if ("path".equals(p.get("in"))) {
                valid.put((String) p.get("name"), validPathValue(template, (String) p.get("name")));
            }
        }
        String validPath = fill(template, valid);
        Map<String, Object> content = requestContent(op);
        String jsonType = content.containsKey("application/json") ? "application/json" : null;
        String otherType = content.keySet().stream().filter(t -> !t.equals("application/json")).findFirst()
                .orElse(null);
        Object example = jsonType == null ? null : example(schema(content.get(jsonType)), "body", 0);
        byte[] validBody = jsonType == null ? null : json(example).getBytes(StandardCharsets.UTF_8);

        // path values that are no ids, one parameter at a time
        for (String name : valid.keySet()) {
            for (String junk : List.of("%00", "x".repeat(5_000), "-1", "%C3%28", "..%2F..%2Fetc", "1e999",
                    seededId(), "%20%09")) {
                Map<String, String> values = new LinkedHashMap<>(valid);
                values.put(name, junk);
                cases.add(new Case("path " + name + "=" + cut(junk), fill(template, values),
                        jsonType != null ? jsonType : otherType, validBody != null ? validBody : junkBytes(64)));
            }
        }
        // query values of every kind, one parameter at a time
        for (Map<String, Object> p : parameters) {
            if ("query".equals(p.get("in"))) {
                for (String junk : List.of("", "%00", "x".repeat(5_000), FAR_DATE, "-1", "abc", "%C3%28",
                        "2026-02-30")) {
                    cases.add(new Case("query " + p.get("name") + "=" + cut(junk),
                            validPath + "?" + p.get("name") + "=" + (junk.startsWith("%") ? junk
                                    : URLEncoder.encode(junk, StandardCharsets.UTF_8)),
                            jsonType != null ? jsonType : otherType, validBody));
                }
            }
        }
        // bodies
        if (jsonType != null) {
            cases.add(new Case("the example body", validPath, jsonType, validBody));
            if (example instanceof Map<?, ?> map) {
                for (Object key : map.keySet()) {
                    for (Function<Object, Object> mutation : mutations(3)) {
                        Map<Object, Object> mutated = new LinkedHashMap<>(map);
                        Object value = mutation.apply(map.get(key));
                        mutated.put(key, value);
                        cases.add(new Case("body " + key + "=" + cut(String.valueOf(value)), validPath, jsonType,
                                json(mutated).getBytes(StandardCharsets.UTF_8)));
                    }
                }
                Map<Object, Object> unknown = new LinkedHashMap<>(map);
                unknown.put("x".repeat(HUGE), 1);
                cases.add(new Case("body with an unknown field of a long name", validPath, jsonType,
                        json(unknown).getBytes(StandardCharsets.UTF_8)));
            }
            for (String junk : List.of("", "null", "[]", "{}", "\"x\"", "[".repeat(DEEP) + "]".repeat(DEEP),
                    "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP), "{\"text\":\"\u0000\u0007\"}")) {
                cases.add(new Case("body " + cut(junk), validPath, jsonType, junk.getBytes(StandardCharsets.UTF_8)));
            }
            cases.add(new Case("body of random bytes", validPath, jsonType, junkBytes(100_000)));
        } else if (otherType != null) {
            for (String junk : List.of("", "a,b\n\u0000,\u0007\n", "x".repeat(HUGE),
                    "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20260101T000000Z\r\nDTEND:20260101T000001Z\r\n"
                            + "RRULE:FREQ=SECONDLY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")) {
                cases.add(new Case("body " + cut(junk), validPath, otherType, junk.getBytes(StandardCharsets.UTF_8)));
            }
            cases.add(new Case("body of random bytes", validPath, otherType, junkBytes(100_000)));
        } else if (valid.isEmpty()) {
            cases.add(new Case("as it is", validPath, null, null));
        }
        // bounded by count, the same cases on every run
        java.util.Collections.shuffle(cases, random);
        return cases.subList(0, Math.min(MAX_CASES_PER_OPERATION, cases.size()));
    }

    /** Three of the ways to spoil a value, chosen with the seed. */
    private List<Function<Object, Object>> mutations(int n) {
        List<Function<Object, Object>> all = new ArrayList<>(List.of(
                v -> v instanceof String ? (Object) 12345 : "not a " + (v == null ? "value" : "number"),
                v -> "x".repeat(HUGE),
                v -> "",
                v -> "a\u0000b\u0007c\u001b",
                v -> FAR_DATE,
                v -> "-999999999-01-01",
                v -> "00000000-0000-0000-0000-00000000000g",
                v -> new Raw("[".repeat(DEEP) + "]".repeat(DEEP)),
                v -> null,
                v -> List.of(v == null ? 1 : v),
                v -> Map.of("x", 1),
                v -> 1e308,
                v -> Long.MAX_VALUE,
                v -> true));
        java.util.Collections.shuffle(all, random);
        return all.subList(0, n);
    }

    private String validPathValue(String template, String name) {
        return switch (name) {
            case "personId" -> ids.get("person");
            case "roundId" -> ids.get("round");
            case "version" -> "1";
            case "token" -> "x";
            case "id" -> {
                if (template.startsWith("/api/programmes/")) {
                    yield ids.get("programme");
                } else if (template.startsWith("/api/people/")) {
                    yield ids.get("person");
                } else if (template.startsWith("/api/units/")) {
                    yield ids.get("unit");
                } else if (template.startsWith("/api/goals/")) {
                    yield ids.get("goal");
                } else if (template.startsWith("/api/knowledge/use-cases/")) {
                    yield "1.1";
                } else if (template.startsWith("/api/plugins/")) {
                    yield "sector-citizen-service";
                }
                yield seededId();
            }
            default -> seededId();
        };
    }

    private static String fill(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> v : values.entrySet()) {
            path = path.replace("{" + v.getKey() + "}", v.getValue());
        }
        return path;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> requestContent(Map<String, Object> op) {
        Object body = op.get("requestBody");
        if (body instanceof Map<?, ?> map && map.get("content") instanceof Map<?, ?> content) {
            return (Map<String, Object>) content;
        }
        return Map.of();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> schema(Object mediaType) {
        Object schema = mediaType instanceof Map<?, ?> m ? m.get("schema") : null;
        return resolve(schema instanceof Map<?, ?> s ? (Map<String, Object>) s : Map.of());
    }

    /** A schema with its {@code $ref} and {@code allOf} followed. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> resolve(Map<String, Object> schema) {
        Map<String, Object> s = schema;
        for (int i = 0; i < 10; i++) {
            if (s.get("$ref") instanceof String ref) {
                String name = ref.substring(ref.lastIndexOf('/') + 1);
                s = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) document.get("components"))
                        .get("schemas")).getOrDefault(name, Map.of());
            } else if (s.get("allOf") instanceof List<?> all && !all.isEmpty()) {
                s = (Map<String, Object>) all.get(0);
            } else {
                return s;
            }
        }
        return s;
    }

    /** A value the schema allows, so that each case spoils one thing. */
    @SuppressWarnings("unchecked")
    private Object example(Map<String, Object> raw, String name, int depth) {
        Map<String, Object> s = resolve(raw);
        if (depth > 6) {
            return null;
        }
        if (s.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return values.get(0);
        }
        String type = String.valueOf(s.getOrDefault("type", s.containsKey("properties") ? "object" : "string"));
        switch (type) {
            case "object": {
                Map<String, Object> out = new LinkedHashMap<>();
                Map<String, Object> properties = (Map<String, Object>) s.getOrDefault("properties", Map.of());
                for (Map.Entry<String, Object> p : properties.entrySet()) {
                    out.put(p.getKey(), example((Map<String, Object>) p.getValue(), p.getKey(), depth + 1));
                }
                return out;
            }
            case "array": {
                Object item = example((Map<String, Object>) s.getOrDefault("items", Map.of()), name, depth + 1);
                return item == null ? List.of() : List.of(item);
            }
            case "integer":
                return s.get("minimum") instanceof Number min ? Math.max(min.longValue(), 1) : 1;
            case "number":
                return 1.5;
            case "boolean":
                return true;
            default:
                return exampleText(s, name);
        }
    }

    private String exampleText(Map<String, Object> s, String name) {
        String format = String.valueOf(s.get("format"));
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if ("uuid".equals(format)) {
            if (lower.contains("programme")) {
                return ids.get("programme");
            } else if (lower.contains("unit")) {
                return ids.get("unit");
            } else if (lower.contains("person")) {
                return ids.get("person");
            }
            return seededId();
        }
        if ("date".equals(format)) {
            return LocalDate.now(ZoneOffset.UTC).plusDays(7).toString();
        }
        if ("date-time".equals(format)) {
            return ZonedDateTime.now(ZoneOffset.UTC).plusDays(1).withNano(0).toInstant().toString();
        }
        if (lower.contains("usecase")) {
            return "1.1";
        }
        if (lower.contains("email") || lower.contains("username")) {
            return "nobody@example.dk";
        }
        if (lower.contains("url")) {
            return "https://example.dk/kalender.ics";
        }
        int min = s.get("minLength") instanceof Number n ? n.intValue() : 1;
        return "prøve".repeat(Math.max(1, (min + 4) / 5));
    }

    // ---- one call ----

    private void check(String method, String template, Map<String, Object> op, Case c, String token) {
        Answer answer;
        try {
            answer = call(method, c, token);
        } catch (IllegalArgumentException notAnAddress) {
            return; // a path the client itself will not send
        }
        calls++;
        byStatus.merge(answer.status() / 100 + "xx", 1, Integer::sum);
        if (answer.elapsed().compareTo(slowest) > 0) {
            slowest = answer.elapsed();
        }
        String where = method + " " + template + " [" + c.what() + (token == null ? ", not signed in" : "") + "]: ";
        if (answer.status() >= 500 || answer.status() == 0) {
            failures.add(where + answer.status() + " " + cut(answer.body()));
        }
        if (answer.elapsed().compareTo(BOUND) > 0) {
            failures.add(where + "answered in " + answer.elapsed().toMillis() + " ms");
        }
        if (answer.status() >= 400) {
            try {
                Insides.assertAnswerTellsNothingInside(answer.body());
            } catch (AssertionError e) {
                failures.add(where + e.getMessage().lines().findFirst().orElse(""));
            }
            if (answer.body().length() > 20_000) {
                failures.add(where + "an error of " + answer.body().length() + " characters");
            }
        } else if (answer.status() >= 200 && answer.status() < 300 && op.get("responses") instanceof Map<?, ?> listed
                && !listed.containsKey(Integer.toString(answer.status()))) {
            failures.add(where + "answered " + answer.status() + ", the document lists " + listed.keySet());
        }
    }

    private Answer call(String method, Case c, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(c.path())).timeout(BOUND.multipliedBy(4));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (c.contentType() != null) {
            request.header("Content-Type", c.contentType());
        }
        request.header("Accept", "application/json");
        HttpRequest.BodyPublisher body = c.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(c.body());
        request.method(method, method.equals("GET") || method.equals("DELETE") && c.body() == null
                ? HttpRequest.BodyPublishers.noBody() : body);
        HttpRequest built = request.build();
        long start = System.nanoTime();
        try {
            HttpResponse<String> response;
            try {
                response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (HttpTimeoutException e) {
                throw e;
            } catch (IOException e) {
                // the server closes a connection after refusing a body it did not read to its end; a kept-alive
                // connection the client reuses just then fails before the request is sent: once more, on a new one
                retried++;
                start = System.nanoTime();
                response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build()
                        .send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
            return new Answer(response.statusCode(), response.body(), Duration.ofNanos(System.nanoTime() - start));
        } catch (HttpTimeoutException e) {
            return new Answer(0, "no answer", Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            return new Answer(0, "the connection failed twice: " + e.getMessage(),
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + server.getPort() + path);
    }

    private String seededId() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private byte[] junkBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String cut(String text) {
        String one = text == null ? "null" : text.replaceAll("\\p{Cntrl}", "?");
        return one.length() <= 60 ? one : one.substring(0, 60) + "…(" + one.length() + ")";
    }

    // ---- JSON, written by hand so that any value (and raw junk) can be sent ----

    private static String json(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Raw raw) {
            out.append(raw.json());
        } else if (value instanceof String s) {
            out.append('"');
            for (char ch : s.toCharArray()) {
                switch (ch) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    default -> {
                        if (ch < 0x20) {
                            out.append(String.format("\\u%04x", (int) ch));
                        } else {
                            out.append(ch);
                        }
                    }
                }
            }
            out.append('"');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(out, String.valueOf(e.getKey()));
                out.append(':');
                write(out, e.getValue());
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(out, list.get(i));
            }
            out.append(']');
        } else {
            out.append(value);
        }
    }
}
