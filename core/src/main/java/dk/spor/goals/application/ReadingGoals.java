package dk.spor.goals.application;

import dk.spor.database.Sql;
import dk.spor.goals.model.GoalState;
import dk.spor.security.PersonalDataReads;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reading learning goals: one's own, a person's (for the managers of their unit only), and a manager's overview of
 * everyone in the units they manage. A manager's read of someone else's goals is logged.
 */
@Singleton
public class ReadingGoals {

    private final Sql sql;
    private final GoalAccess access;
    private final GoalViews views;
    private final PersonalDataReads reads;

    public ReadingGoals(Sql sql, GoalAccess access, GoalViews views, PersonalDataReads reads) {
        this.sql = sql;
        this.access = access;
        this.views = views;
        this.reads = reads;
    }

    @Transactional
    public List<GoalView> mine(Viewer viewer) {
        if (viewer.personId() == null) {
            return List.of();
        }
        return views.ofPerson(viewer.personId());
    }

    /** A person's goals, for the managers of their unit only. */
    @Transactional
    public List<GoalView> ofPerson(Viewer viewer, UUID person) {
        if (viewer.isSelf(person)) {
            return views.ofPerson(person);
        }
        if (!access.managesPerson(viewer, person)) {
            throw Problem.notFound("A person with id " + person);
        }
        reads.logged(viewer, List.of(person), PersonalDataReads.LEARNING_GOALS, PersonalDataReads.PURPOSE_FOLLOW_UP);
        return views.ofPerson(person);
    }

    /**
     * The goals of everyone in the units the manager manages (not their own), person by person in alphabetical order
     * — an overview to follow up from, never a ranking. Optionally one programme and one state.
     */
    @Transactional
    public List<PersonGoals> ofMyPeople(Viewer viewer, @Nullable UUID programme, @Nullable GoalState state) {
        List<Listed> listed = sql.list("""
                select g.id as goal_id, p.id as person_id, p.name as person_name, u.name as unit_name
                from learning_goal g join person p on p.id = g.person_id
                join unit u on u.id = p.unit_id
                where p.unit_id = any(?) and p.left_at is null and p.id is distinct from ?
                  and (?::uuid is null or g.programme_id = ?) and (?::text is null or g.state = ?)
                order by p.name, p.id, g.due_date nulls last, g.created_at""",
                row -> new Listed(row.uuid("goal_id"), row.uuid("person_id"), row.string("person_name"),
                        row.string("unit_name")),
                viewer.managedUnits(), viewer.personId(), programme, programme, state, state);
        Map<UUID, GoalView> goals = views.all(listed.stream().map(Listed::goal).toList());
        Map<UUID, PersonGoals> people = new LinkedHashMap<>();
        for (Listed l : listed) {
            people.computeIfAbsent(l.person(), p -> new PersonGoals(p, l.personName(), l.unitName(), new ArrayList<>()))
                    .goals().add(goals.get(l.goal()));
        }
        reads.logged(viewer, people.keySet(), PersonalDataReads.LEARNING_GOALS, PersonalDataReads.PURPOSE_FOLLOW_UP);
        return List.copyOf(people.values());
    }

    private record Listed(UUID goal, UUID person, String personName, String unitName) {
    }
}
