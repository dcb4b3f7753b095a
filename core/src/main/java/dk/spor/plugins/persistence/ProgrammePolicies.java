package dk.spor.plugins.persistence;

import dk.spor.database.Sql;
import dk.spor.plugins.PolicyData;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;

/**
 * The sector and booking policy a programme copied when it was created from a sector, kept on the programme so it
 * outlives the plugin. Native SQL because the policy is a {@code jsonb} column of the programme row.
 */
@Singleton
public class ProgrammePolicies {

    private final Sql sql;
    private final JsonMapper json;

    public ProgrammePolicies(Sql sql, JsonMapper json) {
        this.sql = sql;
        this.json = json;
    }

    /** Records the sector of the programme and the policy it copied (none when the sector has none). */
    public void store(UUID programme, String sectorId, PolicyData policy) {
        sql.update("update programme set sector_id = ?, action_learning_policy = ?::jsonb where id = ?",
                sectorId, policy == null ? null : write(policy), programme);
    }

    public Optional<PolicyData> policyOf(UUID programme) {
        return sql.first("select action_learning_policy::text as policy from programme where id = ?",
                row -> row.string("policy"), programme).map(this::read);
    }

    private String write(PolicyData policy) {
        try {
            return json.writeValueAsString(policy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PolicyData read(String text) {
        try {
            return json.readValue(text, PolicyData.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
