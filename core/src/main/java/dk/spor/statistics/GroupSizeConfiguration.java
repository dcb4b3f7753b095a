package dk.spor.statistics;

import dk.spor.statistics.model.MinimumGroupSize;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** The configured minimum group size ({@code spor.minimum-group-size}) as one bean. */
@Factory
public class GroupSizeConfiguration {
    @Singleton
    MinimumGroupSize minimumGroupSize(@Value("${spor.minimum-group-size:5}") int configured) {
        return new MinimumGroupSize(configured);
    }
}
