package dk.spor.programme.web;

import dk.spor.organisation.application.Directory;
import dk.spor.organisation.model.UnitKind;
import dk.spor.organisation.model.UnitTree;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The organisation's units as the programme's pages offer them to enrol: indented, with the people they enrol. */
@Singleton
class UnitChoices {

    private final Directory directory;

    UnitChoices(Directory directory) {
        this.directory = directory;
    }

    UnitTree tree() {
        return UnitTree.of(directory.units().stream().map(u -> new UnitTree.Node(u.id(), u.parentId(), u.key(),
                u.name(), UnitKind.valueOf(u.kind()), u.activeMembers())).toList());
    }

    static List<ProgrammePages.UnitChoice> choices(UnitTree tree, Collection<UUID> chosen) {
        return tree.lines().stream().map(l -> new ProgrammePages.UnitChoice(l.unit().id(), l.unit().name(), l.depth(),
                l.people(), chosen.contains(l.unit().id()))).toList();
    }
}
