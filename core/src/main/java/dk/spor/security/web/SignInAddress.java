package dk.spor.security.web;

/**
 * The sign-in page's address and the reasons it is shown for, which the page filters here send people to. The page
 * itself is part of the site's frame ({@code dk.spor.site.SignInPages}), above the security it uses.
 */
public final class SignInAddress {

    public static final String PATH = "/log-ind";
    /** Why the sign-in page is shown: the session ran out, a page needs signing in, or the person signed out. */
    public static final String EXPIRED = "udloebet";
    public static final String REQUIRED = "kraevet";
    public static final String SIGNED_OUT = "logget-ud";

    private SignInAddress() {
    }
}
