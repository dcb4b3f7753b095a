package dk.spor.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * Signs people in with a local account. The organisation's single sign-on can be added later as another
 * authentication provider beside this one; everything after sign-in only needs the account id.
 */
@Singleton
public class AccountAuthentication<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private final Accounts accounts;
    private final PasswordHashing hashing;

    public AccountAuthentication(Accounts accounts, PasswordHashing hashing) {
        this.accounts = accounts;
        this.hashing = hashing;
    }

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request,
                                               AuthenticationRequest<String, String> authenticationRequest) {
        String username = authenticationRequest.getIdentity();
        String password = authenticationRequest.getSecret();
        if (username == null || password == null) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        return accounts.byUsername(username)
                .filter(account -> hashing.matches(password, account.passwordHash()))
                .map(account -> {
                    Viewer viewer = accounts.viewer(account.id());
                    if (viewer.roles().isEmpty()) {
                        return AuthenticationResponse.failure(AuthenticationFailureReason.USER_DISABLED);
                    }
                    return AuthenticationResponse.success(account.id().toString(),
                            viewer.roles().stream().map(Enum::name).sorted().toList(),
                            Map.of("username", account.username()));
                })
                .orElseGet(() -> AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH));
    }
}
