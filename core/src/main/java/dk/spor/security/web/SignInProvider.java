package dk.spor.security.web;

/**
 * Another way to sign in, shown as one more button on the sign-in page: an organisation's single sign-on. A bean of
 * this type is all the page needs; the button ("Log ind med Aarhus Kommune") starts the provider's flow at
 * {@link #startPath()}. Every OpenID Connect provider in the settings is one ({@link SingleSignOnButtons}).
 */
public interface SignInProvider {

    /** Stable id, e.g. {@code aarhus}. */
    String id();

    /** The name people know the provider by, as the operator wrote it, e.g. {@code Aarhus Kommune}. */
    String name();

    /** Where the button goes, e.g. {@code /oauth/login/aarhus}. */
    String startPath();
}
