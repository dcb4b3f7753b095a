package dk.spor.security.web;

import com.nimbusds.jwt.JWTClaimsSet;
import dk.spor.security.Accounts;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.ApplicationConfiguration;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.claims.ClaimsAudienceProvider;
import io.micronaut.security.token.claims.JtiGenerator;
import io.micronaut.security.token.config.TokenConfiguration;
import io.micronaut.security.token.jwt.generator.claims.JWTClaimsSetGenerator;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * Every token Spor issues, whichever way the person signed in, carries its account's token version ({@value #CLAIM}).
 * {@link SessionCheck} refuses a token whose version is no longer the account's: raising the version (a password
 * change, an HR reset) ends every session issued before.
 */
@Singleton
@Replaces(JWTClaimsSetGenerator.class)
public class SessionClaims extends JWTClaimsSetGenerator {

    /** The claim with the account's token version. */
    public static final String CLAIM = "tv";

    private final Accounts accounts;

    public SessionClaims(TokenConfiguration tokenConfiguration, JtiGenerator jwtIdGenerator,
                         @Nullable ClaimsAudienceProvider claimsAudienceProvider,
                         @Nullable ApplicationConfiguration applicationConfiguration, Accounts accounts) {
        super(tokenConfiguration, jwtIdGenerator, claimsAudienceProvider, applicationConfiguration);
        this.accounts = accounts;
    }

    @Override
    protected void populateWithAuthentication(JWTClaimsSet.Builder builder, Authentication authentication) {
        super.populateWithAuthentication(builder, authentication);
        UUID account = SessionCheck.accountId(authentication.getName());
        // an account that is gone gets a version no account has, so its token is refused at once
        builder.claim(CLAIM, account == null ? -1 : accounts.tokenVersion(account).orElse(-1));
    }
}
