package dk.spor.support;

import io.micronaut.http.client.BlockingHttpClient;

import java.util.Map;

/** The {@link Fixtures} organisation imported by HR, with a password on every person so they can sign in. */
public final class FixtureOrganisation {

    public static final String PASSWORD = "a-long-enough-password";

    private final BlockingHttpClient client;

    private FixtureOrganisation(BlockingHttpClient client) {
        this.client = client;
    }

    public static FixtureOrganisation imported(BlockingHttpClient client) {
        return imported(client, Fixtures.UNITS, Fixtures.EMPLOYEES);
    }

    /** Another of the {@link Fixtures} organisations, e.g. the small teams; its top unit must have the key K. */
    public static FixtureOrganisation imported(BlockingHttpClient client, String units, String employees) {
        Api hr = Api.administrator(client);
        hr.csv("/api/organisation/units/import", units);
        hr.csv("/api/organisation/employees/import", employees);
        String top = hr.list("/api/units").stream().filter(u -> u.get("key").equals("K"))
                .map(u -> (String) u.get("id")).findFirst().orElseThrow();
        for (Map<String, Object> person : hr.list("/api/units/" + top + "/members")) {
            hr.put("/api/people/" + person.get("id") + "/password", Map.of("password", PASSWORD));
        }
        return new FixtureOrganisation(client);
    }

    /** Signs in as the person with this e-mail, e.g. {@code bo@example.dk} (an employee). */
    public Api as(String email) {
        return Api.signIn(client, email, PASSWORD);
    }
}
