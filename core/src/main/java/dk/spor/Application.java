package dk.spor;

import dk.spor.database.DatabaseBootstrap;
import dk.spor.security.model.SingleSignOnEnvironment;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;

import java.util.Map;

/**
 * Starts Spor. Before Micronaut starts, {@link DatabaseBootstrap} decides which PostgreSQL to use: the configured
 * server, or the built-in one under the data folder. Identity providers named in {@code SPOR_OIDC_*} variables become
 * the settings of single sign-on ({@link SingleSignOnEnvironment}).
 */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Map<String, Object> providers;
        try {
            providers = SingleSignOnEnvironment.settings(System.getenv());
        } catch (IllegalArgumentException badSetting) {
            System.err.println("Spor cannot start: " + badSetting.getMessage());
            System.exit(2);
            return;
        }
        Map<String, Object> startup = new java.util.HashMap<>(DatabaseBootstrap.prepare(args));
        startup.putAll(providers);
        ApplicationContext context = Micronaut.build(args)
                .mainClass(Application.class)
                .properties(startup)
                .start();
        context.getBean(dk.spor.demo.DemoSwitch.class).loadIfAsked(args);
    }
}
