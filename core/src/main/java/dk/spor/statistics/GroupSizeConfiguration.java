package dk.spor.statistics;

import dk.spor.statistics.model.MinimumGroupSize;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;

/**
 * The configured minimum group size ({@code spor.minimum-group-size}) as one bean, made when the server starts so that
 * a value below five stops it there.
 */
@Factory
public class GroupSizeConfiguration {
    @Context
    MinimumGroupSize minimumGroupSize(@Value("${spor.minimum-group-size:5}") int configured) {
        return new MinimumGroupSize(configured);
    }
}
