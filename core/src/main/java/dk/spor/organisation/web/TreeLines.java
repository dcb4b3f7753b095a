package dk.spor.organisation.web;

import dk.spor.organisation.application.Directory;
import dk.spor.organisation.model.UnitKind;
import dk.spor.organisation.model.UnitTree;
import dk.spor.organisation.web.OrganisationPages.TreeLine;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The unit tree as HR's organisation pages show it. */
@Singleton
class TreeLines {

    private final Directory directory;

    TreeLines(Directory directory) {
        this.directory = directory;
    }

    /** The unit tree with every open unit's people (directly and below) and managers. */
    List<TreeLine> all() {
        List<Directory.UnitView> units = directory.units();
        Map<UUID, List<String>> managers = new LinkedHashMap<>();
        for (Directory.UnitManager m : directory.unitManagers()) {
            managers.computeIfAbsent(m.unitId(), k -> new ArrayList<>()).add(m.name());
        }
        UnitTree tree = UnitTree.of(units.stream().map(u -> new UnitTree.Node(u.id(), u.parentId(), u.key(), u.name(),
                UnitKind.valueOf(u.kind()), u.activeMembers())).toList());
        return tree.lines().stream().map(l -> new TreeLine(l.unit().id(), l.unit().key(), l.unit().name(),
                l.unit().kind(), l.depth(), l.unit().directPeople(), l.people(),
                managers.getOrDefault(l.unit().id(), List.of()))).toList();
    }
}
