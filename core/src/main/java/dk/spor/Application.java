package dk.spor;

import dk.spor.database.DatabaseBootstrap;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;

import java.util.Map;

/**
 * Starts Spor. Before Micronaut starts, {@link DatabaseBootstrap} decides which PostgreSQL to use: the configured
 * server, or the built-in one under the data folder.
 */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Map<String, Object> startup = DatabaseBootstrap.prepare(args);
        ApplicationContext context = Micronaut.build(args)
                .mainClass(Application.class)
                .properties(startup)
                .start();
        context.getBean(dk.spor.demo.DemoSwitch.class).loadIfAsked(args);
    }
}
