package dk.spor.goals.application;

import dk.spor.database.Sql;
import dk.spor.goals.model.Attention;
import dk.spor.goals.model.GoalState;
import dk.spor.programme.model.ProgrammeTime;
import dk.spor.security.PersonalDataReads;
import dk.spor.security.Viewer;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the manager should do next, per person in the units they manage, by due date (see {@link Attention}). */
@Singleton
public class ReadingManagersWorkList {

    private final Sql sql;
    private final PersonalDataReads reads;
    private final Clock clock;

    public ReadingManagersWorkList(Sql sql, PersonalDataReads reads, Clock clock) {
        this.sql = sql;
        this.reads = reads;
        this.clock = clock;
    }

    @Transactional
    public List<WorkItem> workList(Viewer viewer) {
        LocalDate today = LocalDate.now(clock.withZone(ProgrammeTime.ZONE));
        List<WorkItem> items = new ArrayList<>();
        for (Open goal : sql.list("""
                select g.id, g.person_id, p.name as person_name, g.programme_id, g.text, g.due_date, g.state,
                       g.manager_agreed_at is not null as manager_agreed,
                       (select max(f.recorded_at) from goal_follow_up f where f.goal_id = g.id) as last_follow_up
                from learning_goal g join person p on p.id = g.person_id
                where p.unit_id = any(?) and p.left_at is null and p.id is distinct from ?
                  and g.state in ('PROPOSED', 'ACTIVE')
                order by g.due_date nulls last, p.name, g.created_at""",
                row -> new Open(row.uuid("id"), row.uuid("person_id"), row.string("person_name"),
                        row.uuid("programme_id"), row.string("text"), row.date("due_date"),
                        row.enumValue("state", GoalState.class), row.bool("manager_agreed"),
                        row.instant("last_follow_up")),
                viewer.managedUnits(), viewer.personId())) {
            LocalDate last = goal.lastFollowUp() == null ? null
                    : goal.lastFollowUp().atZone(ProgrammeTime.ZONE).toLocalDate();
            Optional<Attention> needs = Attention.of(goal.state(), goal.managerAgreed(), goal.dueDate(), last, today);
            needs.ifPresent(n -> items.add(new WorkItem(goal.id(), goal.personId(), goal.personName(),
                    goal.programmeId(), goal.text(), goal.dueDate(), n)));
        }
        reads.logged(viewer, items.stream().map(WorkItem::personId).toList(), PersonalDataReads.LEARNING_GOALS,
                PersonalDataReads.PURPOSE_FOLLOW_UP);
        return items;
    }

    private record Open(UUID id, UUID personId, String personName, UUID programmeId, String text, LocalDate dueDate,
                        GoalState state, boolean managerAgreed, Instant lastFollowUp) {
    }
}
