package dk.spor.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A new installation has no accounts; the first start creates the administrator account {@code admin} so HR can
 * sign in and import the organisation. Its password comes from {@code SPOR_ADMIN_PASSWORD}, or is generated and
 * written to the log once.
 */
@Singleton
public class AdministratorBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final Accounts accounts;
    private final String configuredPassword;

    public AdministratorBootstrap(Accounts accounts, @Value("${spor.admin.password:}") String configuredPassword) {
        this.accounts = accounts;
        this.configuredPassword = configuredPassword;
    }

    @EventListener
    public void onStartup(StartupEvent event) {
        if (accounts.any()) {
            return;
        }
        String password = configuredPassword;
        boolean generated = password.isBlank();
        if (generated) {
            byte[] bytes = new byte[12];
            new SecureRandom().nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        try {
            accounts.createAdministrator("admin", password);
        } catch (RuntimeException e) {
            if (accounts.any()) {
                // another server on the same database, started at the same moment, made it first
                return;
            }
            throw e;
        }
        if (generated) {
            LOG.warn("Created the administrator account 'admin' with the generated password {} - change it after"
                    + " signing in (PUT /api/me/password).", password);
        } else {
            LOG.info("Created the administrator account 'admin' with the password from SPOR_ADMIN_PASSWORD.");
        }
    }
}
