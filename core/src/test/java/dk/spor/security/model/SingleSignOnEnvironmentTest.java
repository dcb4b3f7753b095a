package dk.spor.security.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Identity providers from {@code SPOR_OIDC_*} variables, as the README tells an IT department to write them. */
class SingleSignOnEnvironmentTest {

    @Test
    void no_providers_without_the_list_of_them() {
        assertEquals(Map.of(), SingleSignOnEnvironment.settings(Map.of(
                "SPOR_OIDC_AARHUS_ISSUER", "https://login.microsoftonline.com/t/v2.0")));
        assertEquals(Map.of(), SingleSignOnEnvironment.settings(Map.of("SPOR_OIDC_PROVIDERS", " , ")));
    }

    @Test
    void the_readmes_entra_id_example_becomes_micronauts_client_and_spors_provider_settings() {
        // when
        Map<String, Object> settings = SingleSignOnEnvironment.settings(Map.of(
                "SPOR_OIDC_PROVIDERS", "aarhus",
                "SPOR_OIDC_AARHUS_ISSUER", "https://login.microsoftonline.com/tenant-id/v2.0",
                "SPOR_OIDC_AARHUS_CLIENT_ID", "client-id",
                "SPOR_OIDC_AARHUS_CLIENT_SECRET", "secret",
                "SPOR_OIDC_AARHUS_NAME", "Aarhus Kommune",
                "SPOR_OIDC_AARHUS_CLAIM", "preferred_username",
                "SPOR_OIDC_AARHUS_MATCH", "email",
                "SPOR_OIDC_AARHUS_SCOPES", "openid profile email offline_access",
                "SPOR_OIDC_AARHUS_API_AUDIENCE", "api://spor"));

        // then
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("micronaut.security.oauth2.clients.aarhus.client-id", "client-id");
        expected.put("micronaut.security.oauth2.clients.aarhus.client-secret", "secret");
        expected.put("micronaut.security.oauth2.clients.aarhus.openid.issuer",
                "https://login.microsoftonline.com/tenant-id/v2.0");
        expected.put("micronaut.security.oauth2.clients.aarhus.scopes",
                List.of("openid", "profile", "email", "offline_access"));
        expected.put("spor.sign-in.providers.aarhus.name", "Aarhus Kommune");
        expected.put("spor.sign-in.providers.aarhus.claim", "preferred_username");
        expected.put("spor.sign-in.providers.aarhus.match", "email");
        expected.put("spor.sign-in.providers.aarhus.api-audience", "api://spor");
        assertEquals(expected, settings);
    }

    @Test
    void several_providers_each_with_their_own_variables_and_the_defaults() {
        // when: a broker in front of a SAML provider, its id with a dash; no secret, scopes or claim said
        Map<String, Object> settings = SingleSignOnEnvironment.settings(Map.of(
                "SPOR_OIDC_PROVIDERS", " Aarhus , context-handler ",
                "SPOR_OIDC_AARHUS_ISSUER", "https://a.example/",
                "SPOR_OIDC_AARHUS_CLIENT_ID", "spor",
                "SPOR_OIDC_CONTEXT_HANDLER_ISSUER", " https://keycloak.example/realms/spor ",
                "SPOR_OIDC_CONTEXT_HANDLER_CLIENT_ID", "spor",
                "SPOR_OIDC_CONTEXT_HANDLER_SCOPES", "openid,profile"));

        // then
        assertEquals(List.of("openid", "profile", "email"),
                settings.get("micronaut.security.oauth2.clients.aarhus.scopes"));
        assertEquals("https://keycloak.example/realms/spor",
                settings.get("micronaut.security.oauth2.clients.context-handler.openid.issuer"));
        assertEquals(List.of("openid", "profile"),
                settings.get("micronaut.security.oauth2.clients.context-handler.scopes"));
        assertTrue(settings.keySet().stream().noneMatch(k -> k.endsWith("client-secret") || k.startsWith("spor.")),
                settings.toString());
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of(Map.of("SPOR_OIDC_PROVIDERS", "aarhus", "SPOR_OIDC_AARHUS_CLIENT_ID", "spor"),
                        "SPOR_OIDC_AARHUS_ISSUER is missing: every provider in SPOR_OIDC_PROVIDERS needs its _ISSUER"
                                + " and _CLIENT_ID"),
                Arguments.of(Map.of("SPOR_OIDC_PROVIDERS", "aarhus", "SPOR_OIDC_AARHUS_ISSUER", "https://a.example",
                                "SPOR_OIDC_AARHUS_CLIENT_ID", " "),
                        "SPOR_OIDC_AARHUS_CLIENT_ID is missing: every provider in SPOR_OIDC_PROVIDERS needs its"
                                + " _ISSUER and _CLIENT_ID"),
                Arguments.of(Map.of("SPOR_OIDC_PROVIDERS", "aarhus kommune"),
                        "SPOR_OIDC_PROVIDERS names 'aarhus kommune': an id is a lower-case letter followed by"
                                + " letters, digits or -, e.g. aarhus"),
                Arguments.of(Map.of("SPOR_OIDC_PROVIDERS", "aarhus", "SPOR_OIDC_AARHUS_ISSUER", "https://a.example",
                                "SPOR_OIDC_AARHUS_CLIENT_ID", "spor", "SPOR_OIDC_AARHUS_MATCH", "cpr"),
                        "SPOR_OIDC_AARHUS_MATCH: Unknown field to match people by: cpr (email or employee-number)"),
                Arguments.of(Map.of("SPOR_OIDC_PROVIDERS", "aarhus", "SPOR_OIDC_AARHUS_ISSUER", "https://a.example",
                                "SPOR_OIDC_AARHUS_CLIENT_ID", "spor", "SPOR_OIDC_AARHUS_CLAIM", "employee_number",
                                "SPOR_OIDC_AARHUS_MATCH", "cpr-nummer"),
                        "SPOR_OIDC_AARHUS_MATCH: Unknown field to match people by: cpr-nummer (email or"
                                + " employee-number)"),
                Arguments.of(Map.of("SPOR_OIDC_PROVIDERS", "aarhus", "SPOR_OIDC_AARHUS_ISSUER", "https://a.example",
                                "SPOR_OIDC_AARHUS_CLIENT_ID", "spor", "SPOR_OIDC_AARHUS_MATCH", "employee-number"),
                        "SPOR_OIDC_AARHUS_MATCH: employee-number needs the name of the claim that carries it, e.g."
                                + " employee_number"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("mistakes")
    void a_mistake_stops_the_start_with_a_sentence_naming_the_variable(Map<String, String> environment,
                                                                      String sentence) {
        assertEquals(sentence, assertThrows(IllegalArgumentException.class,
                () -> SingleSignOnEnvironment.settings(environment)).getMessage());
    }
}
