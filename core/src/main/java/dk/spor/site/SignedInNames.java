package dk.spor.site;

import dk.spor.security.Viewer;

import java.util.UUID;

/**
 * The name the header shows for the person signed in. The organisation's directory knows names and implements this,
 * so the frame, which the organisation's own pages use, does not reach back into the organisation.
 */
public interface SignedInNames {

    String nameOf(Viewer viewer, UUID person);
}
