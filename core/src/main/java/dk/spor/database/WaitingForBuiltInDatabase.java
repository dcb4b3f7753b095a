package dk.spor.database;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/**
 * Holds the data source back until the built-in PostgreSQL accepts connections: the connection pool connects as soon
 * as it is made, and the server is started beside the application context ({@link DatabaseBootstrap}). With a
 * configured server nothing waits.
 */
@Singleton
public class WaitingForBuiltInDatabase implements BeanCreatedEventListener<DatasourceConfiguration> {

    private final BuiltInDatabase database;

    public WaitingForBuiltInDatabase(@Nullable BuiltInDatabase database) {
        this.database = database;
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        if (database != null) {
            database.await();
        }
        return event.getBean();
    }
}
