package dk.spor.profiling.application;

import dk.spor.profiling.model.GroupSizePolicy;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;

/** The minimum group size from {@code spor.minimum-group-size}; a value below 5 stops the server at start. */
@Factory
public class GroupSizeConfiguration {

    @Context
    public GroupSizePolicy groupSizePolicy(@Value("${spor.minimum-group-size:5}") int minimum) {
        return new GroupSizePolicy(minimum);
    }
}
