package dk.spor.security.web;

/**
 * Another way to sign in, shown as one more button on the sign-in page: an organisation's single sign-on. A bean of
 * this type is all the page needs; the button starts the provider's flow at {@link #startPath()}.
 */
public interface SignInProvider {

    /** Stable id, e.g. {@code entra}. */
    String id();

    /** Message key of the button's text, e.g. {@code signin.provider.entra}. */
    String labelKey();

    /** Where the button goes, e.g. {@code /oauth/login/entra}. */
    String startPath();
}
