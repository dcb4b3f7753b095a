package dk.spor.organisation.web;

import dk.spor.organisation.application.Directory;
import dk.spor.security.Viewer;
import dk.spor.site.SignedInNames;
import jakarta.inject.Singleton;

import java.util.UUID;

/** The header's name of the person signed in, as the directory holds it. */
@Singleton
class DirectoryNames implements SignedInNames {

    private final Directory directory;

    DirectoryNames(Directory directory) {
        this.directory = directory;
    }

    @Override
    public String nameOf(Viewer viewer, UUID person) {
        return directory.person(viewer, person).name();
    }
}
