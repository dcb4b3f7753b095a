package dk.spor.security.web;

import dk.spor.security.application.SingleSignOnProviders;
import io.micronaut.context.annotation.EachBean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.context.exceptions.DisabledBeanException;
import io.micronaut.security.oauth2.configuration.OauthClientConfiguration;

/** A button on the sign-in page for every OpenID Connect provider in the settings. */
@Factory
public class SingleSignOnButtons {

    /** A provider's button. */
    public record Button(String id, String name, String startPath) implements SignInProvider {
    }

    @EachBean(OauthClientConfiguration.class)
    SignInProvider button(@Parameter OauthClientConfiguration client, SingleSignOnProviders providers) {
        return providers.byId(client.getName())
                .map(p -> new Button(p.id(), p.name(), SingleSignOnAnswers.LOGIN + p.id()))
                .orElseThrow(() -> new DisabledBeanException("Not an OpenID Connect provider: " + client.getName()));
    }
}
