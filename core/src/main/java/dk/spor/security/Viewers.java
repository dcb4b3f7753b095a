package dk.spor.security;

import dk.spor.web.Problem;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.UUID;

/** Turns the signed-in account into a {@link Viewer} with roles read fresh from the database. */
@Singleton
public class Viewers {

    private final Accounts accounts;

    public Viewers(Accounts accounts) {
        this.accounts = accounts;
    }

    public Viewer of(Authentication authentication) {
        return accounts.viewer(UUID.fromString(authentication.getName()));
    }

    /** The viewer, if they hold at least one of the roles; otherwise a 403 that says which roles may. */
    public Viewer requireAny(Authentication authentication, Role... roles) {
        Viewer viewer = of(authentication);
        for (Role role : roles) {
            if (viewer.is(role)) {
                return viewer;
            }
        }
        throw Problem.forbidden("Only " + Arrays.toString(roles) + " may do this.");
    }
}
