package dk.spor.goals.web;

import dk.spor.goals.application.CompetenceView;
import dk.spor.goals.application.GoalView;
import dk.spor.goals.application.ReadingGoals;
import dk.spor.goals.application.ReadingProgrammeCompetences;
import dk.spor.goals.model.CompetenceLevel;
import dk.spor.goals.model.FollowUpKind;
import dk.spor.goals.model.GoalState;
import dk.spor.organisation.application.Directory;
import dk.spor.profiling.application.ReadingSharedProfile;
import dk.spor.programme.application.ListingManagedProgrammes;
import dk.spor.programme.application.ListingManagedProgrammes.ManagedProgramme;
import dk.spor.programme.application.ProgrammeView;
import dk.spor.programme.application.ReadingProgrammes;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import dk.spor.web.page.Form;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a person's page under Mine medarbejdere shows ({@link EmployeeGoalsPages}): their goals per programme with
 * the actions each goal's state allows, the modules that follow them up, what a new goal can name, and whether they
 * share their profile. The goals are read through {@link ReadingGoals}, which logs the read exactly as
 * {@code GET /api/people/{id}/goals} does.
 */
@Singleton
public class EmployeePageContent {

    private final Directory directory;
    private final ReadingGoals goals;
    private final ListingManagedProgrammes programmes;
    private final ReadingProgrammes readingProgrammes;
    private final ReadingProgrammeCompetences competences;
    private final ReadingSharedProfile sharedProfiles;

    public EmployeePageContent(Directory directory, ReadingGoals goals, ListingManagedProgrammes programmes,
                               ReadingProgrammes readingProgrammes, ReadingProgrammeCompetences competences,
                               ReadingSharedProfile sharedProfiles) {
        this.directory = directory;
        this.goals = goals;
        this.programmes = programmes;
        this.readingProgrammes = readingProgrammes;
        this.competences = competences;
        this.sharedProfiles = sharedProfiles;
    }

    /**
     * A goal as the manager acts on it: {@code awaitsMe} – agree to it; {@code awaitsEmployee} – proposed by the
     * manager, waiting for the employee; {@code droppable}, {@code followable} – the actions its state allows.
     */
    public record GoalLine(GoalView goal, boolean awaitsMe, boolean awaitsEmployee, boolean droppable,
                           boolean followable) {
        static GoalLine of(GoalView g) {
            boolean proposed = g.state() == GoalState.PROPOSED;
            return new GoalLine(g, proposed && g.managerAgreedAt() == null, proposed && g.employeeAgreedAt() == null,
                    proposed || g.state() == GoalState.ACTIVE, g.state() == GoalState.ACTIVE);
        }
    }

    /** A module and the goals it follows up (set at the module before) and sets to try before the next. */
    public record ModuleLine(int position, String title, @Nullable Instant startsAt, List<GoalView> followedUpHere,
                             List<GoalView> setHere) {
    }

    /**
     * One programme of the person: their goals in it, its modules with their follow-ups, and what a new goal can name.
     * {@code takingPart}: the person takes part now, so a goal can be proposed in it.
     */
    public record ProgrammeSection(UUID id, String name, boolean takingPart, List<GoalLine> goals,
                                   List<ModuleLine> modules, List<CompetenceView> competences) {
        public boolean anyFollowUp() {
            return modules.stream().anyMatch(m -> !m.followedUpHere().isEmpty() || !m.setHere().isEmpty());
        }
    }

    /**
     * The person's page. {@code notice}: the message key of what was just done; {@code form} with {@code formFor}
     * (a programme's or a goal's id): the form shown again with its errors, or an empty form.
     */
    public record EmployeePage(UUID personId, String name, String unitName, List<ProgrammeSection> programmes,
                               boolean profileShared, @Nullable String notice, @Nullable String problem, Form form,
                               @Nullable String formFor) {
        public List<CompetenceLevel> levels() {
            return Arrays.asList(CompetenceLevel.values());
        }

        public List<FollowUpKind> kinds() {
            return Arrays.asList(FollowUpKind.values());
        }

        /** The form's values and errors for this programme's or goal's form, else an empty one. */
        public Form formOf(Object id) {
            return id.toString().equals(formFor) ? form : Form.empty();
        }
    }

    EmployeePage page(Viewer viewer, UUID person, @Nullable String notice, @Nullable String problem,
                              Form form, @Nullable String formFor) {
        // the read is logged here, as the API logs it; a person outside the viewer's units is a 404
        List<GoalView> all = goals.ofPerson(viewer, person);
        Directory.PersonView who = directory.person(viewer, person);
        List<ManagedProgramme> takingPart = programmes.takenPartInBy(viewer, person);
        Set<UUID> current = takingPart.stream().map(ManagedProgramme::id).collect(Collectors.toSet());
        List<UUID> ids = new ArrayList<>(takingPart.stream().map(ManagedProgramme::id).toList());
        all.stream().map(GoalView::programmeId).distinct().filter(id -> !ids.contains(id)).forEach(ids::add);
        List<ProgrammeSection> sections = new ArrayList<>();
        for (UUID id : ids) {
            ProgrammeView programme = readingProgrammes.view(id);
            List<GoalView> of = all.stream().filter(g -> g.programmeId().equals(id)).toList();
            List<GoalView> live = of.stream().filter(g -> g.state() != GoalState.DROPPED).toList();
            List<ModuleLine> modules = programme.modules().stream().map(m -> new ModuleLine(m.position(), m.title(),
                    m.sessions().isEmpty() ? null : m.sessions().get(0).startUtc(),
                    live.stream().filter(g -> Objects.equals(g.afterModule(), m.position() - 1)).toList(),
                    live.stream().filter(g -> Objects.equals(g.afterModule(), m.position())).toList())).toList();
            boolean now = current.contains(id);
            sections.add(new ProgrammeSection(id, programme.name(), now, of.stream().map(GoalLine::of).toList(),
                    modules, now ? competences.list(viewer, id) : List.of()));
        }
        return new EmployeePage(person, who.name(), who.unitName(), sections,
                sharedProfiles.isShared(viewer, person), notice, problem, form, formFor);
    }

    /** The person in the address: someone in the viewer's units, never the viewer; anyone else is a 404. */
    static UUID person(Viewer viewer, String id) {
        UUID person = EmployeeGoalsPages.uuid(id);
        if (person == null || viewer.isSelf(person)) {
            throw Problem.notFound("A person with id " + id);
        }
        return person;
    }

    /** The goal in the address, which must be the person's: another person's goal under this address is a 404. */
    UUID goalOf(Viewer viewer, UUID person, String id) {
        UUID goal = EmployeeGoalsPages.uuid(id);
        if (goal == null || goals.ofPerson(viewer, person).stream().noneMatch(g -> g.id().equals(goal))) {
            throw Problem.notFound("A learning goal with id " + id);
        }
        return goal;
    }
}
