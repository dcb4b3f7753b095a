package dk.spor.support;

import io.micronaut.http.client.BlockingHttpClient;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@link Fixtures} organisation imported by HR, with a password on every person so they can sign in. */
public final class FixtureOrganisation {

    /** The password every person in a test organisation signs in with. */
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
        givePasswords(hr, Lookups.unit(hr, "K"));
        return new FixtureOrganisation(client);
    }

    /**
     * HR gives {@link #PASSWORD} to every member of the unit and the units below it (the top unit for everyone),
     * so they can sign in; answers their ids by e-mail.
     */
    public static Map<String, String> givePasswords(Api hr, String unitId) {
        Map<String, String> idsByEmail = new LinkedHashMap<>();
        for (Map<String, Object> person : hr.list("/api/units/" + unitId + "/members")) {
            hr.put("/api/people/" + person.get("id") + "/password", Map.of("password", PASSWORD));
            idsByEmail.put((String) person.get("email"), (String) person.get("id"));
        }
        return idsByEmail;
    }

    /** Signs in as the person with this e-mail, e.g. {@code bo@example.dk} (an employee). */
    public Api as(String email) {
        return Api.signIn(client, email, PASSWORD);
    }
}
