package dk.spor.goals.web;

import dk.spor.goals.application.AgreeingLearningGoal;
import dk.spor.goals.application.CompetenceView;
import dk.spor.goals.application.DroppingLearningGoal;
import dk.spor.goals.application.FollowingUpGoal;
import dk.spor.goals.application.GoalView;
import dk.spor.goals.application.NewGoal;
import dk.spor.goals.application.ProposingLearningGoal;
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
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import dk.spor.web.Problem;
import dk.spor.web.page.DateInput;
import dk.spor.web.page.Form;
import dk.spor.site.NavigationEntry;
import dk.spor.site.PageContext;
import dk.spor.site.Pages;
import dk.spor.web.page.Texts;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;

import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Mine medarbejdere: the people in the units the manager manages, in alphabetical order and nothing else beside their
 * names; and one person's page with their goals (propose, agree, drop, follow up), the modules that follow them up,
 * and whether they share their profile. The goals are read through {@link ReadingGoals}, which logs the read exactly
 * as {@code GET /api/people/{id}/goals} does; every change goes through the same use case as the API.
 */
@Hidden
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.MANAGER)
public class MyEmployeesPages {

    public static final String PATH = "/mine-medarbejdere";

    private static final Collator DANISH = Collator.getInstance(java.util.Locale.forLanguageTag("da-DK"));
    /** As the API's goal body: a use case is named by its number in the catalogue, e.g. 1.3. */
    private static final Pattern USE_CASE = Pattern.compile("[0-9]+\\.[0-9]+");
    private static final int TEXT_MAX = 2000;
    private static final int PROGRESS_MAX = 4000;

    private final Pages pages;
    private final Directory directory;
    private final ReadingGoals goals;
    private final ProposingLearningGoal proposing;
    private final AgreeingLearningGoal agreeing;
    private final DroppingLearningGoal dropping;
    private final FollowingUpGoal followingUp;
    private final ListingManagedProgrammes programmes;
    private final ReadingProgrammes readingProgrammes;
    private final ReadingProgrammeCompetences competences;
    private final ReadingSharedProfile sharedProfiles;

    public MyEmployeesPages(Pages pages, Directory directory, ReadingGoals goals, ProposingLearningGoal proposing,
                            AgreeingLearningGoal agreeing, DroppingLearningGoal dropping,
                            FollowingUpGoal followingUp, ListingManagedProgrammes programmes,
                            ReadingProgrammes readingProgrammes, ReadingProgrammeCompetences competences,
                            ReadingSharedProfile sharedProfiles) {
        this.pages = pages;
        this.directory = directory;
        this.goals = goals;
        this.proposing = proposing;
        this.agreeing = agreeing;
        this.dropping = dropping;
        this.followingUp = followingUp;
        this.programmes = programmes;
        this.readingProgrammes = readingProgrammes;
        this.competences = competences;
        this.sharedProfiles = sharedProfiles;
    }

    // ---- the list --------------------------------------------------------------------------------------------

    /** A name and where the person works: nothing else stands beside a name. */
    public record PersonLine(UUID id, String name, String unitName) {
        public String link() {
            return PATH + "/" + id;
        }
    }

    public record EmployeeList(List<PersonLine> people) {
    }

    @Get(PATH)
    @Produces(MediaType.TEXT_HTML)
    @NavigationEntry(label = "nav.myEmployees", order = 110, roles = Role.MANAGER)
    public HttpResponse<?> list(HttpRequest<?> request) {
        PageContext ctx = pages.context(request);
        Viewer viewer = ctx.viewer();
        Map<UUID, UUID> parents = new LinkedHashMap<>();
        for (Directory.UnitView unit : directory.units()) {
            parents.put(unit.id(), unit.parentId());
        }
        // the members of the top units the viewer manages already include everyone below them
        Map<UUID, PersonLine> people = new LinkedHashMap<>();
        for (UUID unit : viewer.managedUnits()) {
            UUID parent = parents.get(unit);
            if (parents.containsKey(unit) && (parent == null || !viewer.manages(parent))) {
                for (Directory.PersonView p : directory.members(viewer, unit)) {
                    if (!viewer.isSelf(p.id())) {
                        people.putIfAbsent(p.id(), new PersonLine(p.id(), p.name(), p.unitName()));
                    }
                }
            }
        }
        List<PersonLine> sorted = new ArrayList<>(people.values());
        sorted.sort(Comparator.comparing(PersonLine::name, DANISH).thenComparing(PersonLine::unitName, DANISH));
        return pages.render(ctx, "goals/myEmployees", new EmployeeList(sorted));
    }

    // ---- one person ------------------------------------------------------------------------------------------

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

    @Get(PATH + "/{personId}{?besked}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> person(HttpRequest<?> request, String personId, @Nullable @QueryValue String besked) {
        PageContext ctx = pages.context(request);
        return pages.render(ctx, "goals/employee", page(ctx.viewer(), person(ctx.viewer(), personId),
                notice(besked), null, Form.empty(), null));
    }

    @Serdeable
    public record ProposeForm(@Nullable String csrfToken, @Nullable String programmeId, @Nullable String text,
                              @Nullable String competence, @Nullable String targetLevel,
                              @Nullable String afterModule, @Nullable String dueDay, @Nullable String dueMonth,
                              @Nullable String dueYear, @Nullable String useCases) {
    }

    @Post(value = PATH + "/{personId}/maal", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> propose(HttpRequest<?> request, String personId, @Body ProposeForm body) {
        PageContext ctx = pages.context(request);
        Viewer viewer = ctx.viewer();
        UUID person = person(viewer, personId);
        Texts t = ctx.t();
        UUID programme = uuid(body.programmeId());
        String p = programme == null ? "" : programme.toString();
        Form form = Form.empty()
                .value("goalText-" + p, trim(body.text())).value("competence-" + p, trim(body.competence()))
                .value("targetLevel-" + p, trim(body.targetLevel())).value("afterModule-" + p, trim(body.afterModule()))
                .value("due-" + p + "-day", trim(body.dueDay())).value("due-" + p + "-month", trim(body.dueMonth()))
                .value("due-" + p + "-year", trim(body.dueYear())).value("useCases-" + p, trim(body.useCases()));
        if (programme == null) {
            throw Problem.notFound("A programme with id " + body.programmeId());
        }
        String text = trim(body.text());
        if (text.isEmpty()) {
            form.error("goalText-" + p, t.text("mgr.goal.error.textMissing"));
        } else if (text.length() > TEXT_MAX) {
            form.error("goalText-" + p, t.text("mgr.goal.error.textTooLong", TEXT_MAX));
        }
        CompetenceLevel target = level(trim(body.targetLevel()));
        Integer afterModule = trim(body.afterModule()).isEmpty() ? null : positiveInteger(body.afterModule());
        if (!trim(body.afterModule()).isEmpty() && afterModule == null) {
            form.error("afterModule-" + p, t.text("mgr.goal.error.afterModule"));
        }
        DateInput due = DateInput.read(body.dueDay(), body.dueMonth(), body.dueYear());
        if (due.invalid()) {
            form.error("due-" + p + "-day", t.text("mgr.goal.error.dueDate"));
        }
        List<String> useCases = Arrays.stream(trim(body.useCases()).split("[,;\\s]+")).filter(s -> !s.isEmpty())
                .toList();
        if (useCases.stream().anyMatch(u -> !USE_CASE.matcher(u).matches()) || useCases.size() > 20) {
            form.error("useCases-" + p, t.text("mgr.goal.error.useCases"));
        }
        if (!form.hasErrors()) {
            try {
                proposing.proposeFor(viewer, person, new NewGoal(programme, text, useCases,
                        trim(body.competence()).isEmpty() ? null : trim(body.competence()), target, afterModule,
                        due.date()));
                return seeOther(PATH + "/" + person + "?besked=proposed#programme-" + programme);
            } catch (Problem problem) {
                if (problem.status() != HttpStatus.UNPROCESSABLE_ENTITY) {
                    throw problem;
                }
                for (Problem.FieldError e : problem.errors()) {
                    switch (e.field() == null ? "" : e.field()) {
                        case "competence" -> form.error("competence-" + p, t.text("mgr.goal.error.competence"));
                        case "useCaseIds" -> form.error("useCases-" + p, t.text("mgr.goal.error.unknownUseCase"));
                        case "programmeId" -> form.error("goalText-" + p, t.text("mgr.goal.error.notInProgramme"));
                        default -> form.error("goalText-" + p, t.text("mgr.goal.error.notSaved"));
                    }
                }
            }
        }
        return pages.render(ctx, "goals/employee", page(viewer, person, null, null, form, p));
    }

    @Serdeable
    public record VersionForm(@Nullable String csrfToken, @Nullable String version) {
    }

    @Post(value = PATH + "/{personId}/maal/{goalId}/aftal", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> agree(HttpRequest<?> request, String personId, String goalId, @Body VersionForm body) {
        return onGoal(request, personId, goalId, "agreed", "mgr.goal.error.agreeConflict",
                (viewer, goal) -> agreeing.agree(viewer, goal, longOrNull(body.version())));
    }

    @Post(value = PATH + "/{personId}/maal/{goalId}/opgiv", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> drop(HttpRequest<?> request, String personId, String goalId, @Body VersionForm body) {
        return onGoal(request, personId, goalId, "dropped", "mgr.goal.error.dropConflict",
                (viewer, goal) -> dropping.drop(viewer, goal, longOrNull(body.version())));
    }

    @Serdeable
    public record FollowUpForm(@Nullable String csrfToken, @Nullable String kind, @Nullable String progressText,
                               @Nullable String levelReached) {
    }

    @Post(value = PATH + "/{personId}/maal/{goalId}/opfoelgning", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<?> followUp(HttpRequest<?> request, String personId, String goalId,
                                    @Body FollowUpForm body) {
        PageContext ctx = pages.context(request);
        Viewer viewer = ctx.viewer();
        UUID person = person(viewer, personId);
        UUID goal = goalOf(viewer, person, goalId);
        Texts t = ctx.t();
        String g = goal.toString();
        Form form = Form.empty().value("kind-" + g, trim(body.kind())).value("progress-" + g, trim(body.progressText()))
                .value("level-" + g, trim(body.levelReached()));
        FollowUpKind kind = Arrays.stream(FollowUpKind.values()).filter(k -> k.name().equals(trim(body.kind())))
                .findFirst().orElse(null);
        if (kind == null) {
            form.error("kind-" + g + "-" + FollowUpKind.BETWEEN_MODULES, t.text("mgr.followUp.error.kind"));
        }
        String progress = trim(body.progressText());
        if (progress.isEmpty()) {
            form.error("progress-" + g, t.text("mgr.followUp.error.textMissing"));
        } else if (progress.length() > PROGRESS_MAX) {
            form.error("progress-" + g, t.text("mgr.goal.error.textTooLong", PROGRESS_MAX));
        }
        if (!form.hasErrors()) {
            try {
                followingUp.followUp(viewer, goal, kind, progress, level(trim(body.levelReached())));
                return seeOther(PATH + "/" + person + "?besked=followedUp#goal-" + goal);
            } catch (Problem problem) {
                if (problem.status() != HttpStatus.CONFLICT) {
                    throw problem;
                }
                return pages.render(ctx, "goals/employee", page(viewer, person, null,
                        "mgr.followUp.error.notActive", Form.empty(), null));
            }
        }
        return pages.render(ctx, "goals/employee", page(viewer, person, null, null, form, g));
    }

    /** An action on one goal that may be refused because the goal changed meanwhile (409). */
    private interface GoalAction {
        void on(Viewer viewer, UUID goal);
    }

    private HttpResponse<?> onGoal(HttpRequest<?> request, String personId, String goalId, String done,
                                   String conflict, GoalAction action) {
        PageContext ctx = pages.context(request);
        Viewer viewer = ctx.viewer();
        UUID person = person(viewer, personId);
        UUID goal = goalOf(viewer, person, goalId);
        try {
            action.on(viewer, goal);
            return seeOther(PATH + "/" + person + "?besked=" + done + "#goal-" + goal);
        } catch (Problem problem) {
            if (problem.status() != HttpStatus.CONFLICT) {
                throw problem;
            }
            return pages.render(ctx, "goals/employee", page(viewer, person, null, conflict, Form.empty(), null));
        }
    }

    // ---- building the page -----------------------------------------------------------------------------------

    private EmployeePage page(Viewer viewer, UUID person, @Nullable String notice, @Nullable String problem,
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
    private static UUID person(Viewer viewer, String id) {
        UUID person = uuid(id);
        if (person == null || viewer.isSelf(person)) {
            throw Problem.notFound("A person with id " + id);
        }
        return person;
    }

    /** The goal in the address, which must be the person's: another person's goal under this address is a 404. */
    private UUID goalOf(Viewer viewer, UUID person, String id) {
        UUID goal = uuid(id);
        if (goal == null || goals.ofPerson(viewer, person).stream().noneMatch(g -> g.id().equals(goal))) {
            throw Problem.notFound("A learning goal with id " + id);
        }
        return goal;
    }

    @Nullable
    private static String notice(@Nullable String besked) {
        return besked != null && Set.of("proposed", "agreed", "dropped", "followedUp").contains(besked)
                ? "mgr.employee.notice." + besked : null;
    }

    @Nullable
    static UUID uuid(@Nullable String text) {
        try {
            return text == null ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Nullable
    private static CompetenceLevel level(String text) {
        return Arrays.stream(CompetenceLevel.values()).filter(l -> l.name().equals(text)).findFirst().orElse(null);
    }

    @Nullable
    private static Integer positiveInteger(String text) {
        try {
            int n = Integer.parseInt(text.strip());
            return n >= 1 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Nullable
    private static Long longOrNull(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String trim(@Nullable String text) {
        return text == null ? "" : text.strip();
    }

    static HttpResponse<?> seeOther(String location) {
        return HttpResponse.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, location);
    }
}
