package dk.spor.demo;

import dk.spor.booking.application.PlanningActionLearning;
import dk.spor.goals.application.NewGoal;
import dk.spor.goals.application.ProposingLearningGoal;
import dk.spor.goals.application.ReplacingProgrammeCompetences;
import dk.spor.goals.model.CompetenceLevel;
import dk.spor.goals.model.CompetenceList;
import dk.spor.knowledge.application.AddingResource;
import dk.spor.knowledge.model.ResourceKind;
import dk.spor.leadership.application.NewFrame;
import dk.spor.leadership.application.WritingFrame;
import dk.spor.leadership.model.FrameGain;
import dk.spor.leadership.model.InfluenceLevel;
import dk.spor.organisation.application.Directory;
import dk.spor.profiling.model.AttitudeType;
import dk.spor.organisation.application.ImportingEmployees;
import dk.spor.organisation.application.ImportingUnits;
import dk.spor.profiling.application.OpeningSurveyRound;
import dk.spor.programme.application.AddingModule;
import dk.spor.programme.application.ChangingProgrammeState;
import dk.spor.programme.application.NewModule;
import dk.spor.programme.application.NewSession;
import dk.spor.programme.application.PlanningProgramme;
import dk.spor.programme.model.ActionLearningBlock;
import dk.spor.programme.model.Delivery;
import dk.spor.programme.model.ModuleKind;
import dk.spor.programme.model.ProgrammeState;
import dk.spor.security.Accounts;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Loads the demo municipality when the server is started with {@code --demo} and holds no people yet: four teams
 * under one department, 60 employees, a manager per unit, two support persons, an HR officer, a representative, and
 * one planned programme for the four teams with four modules, its frame and three competences with targets per role,
 * a few library resources, what Team Ung's manager works with ({@link ManagersDemo}), an open survey round, action
 * learning booked for the teams with a support person, and a goal that Team Ung's manager proposed for
 * medarbejder.1. Every demo account has the password {@value #PASSWORD}.
 */
@Singleton
public class DemoSwitch {

    public static final String FLAG = "--demo";
    public static final String PASSWORD = "spor-demo-2026";
    private static final Logger LOG = LoggerFactory.getLogger(DemoSwitch.class);
    private static final String[] FIRST = {"Anne", "Bo", "Cecilie", "Dorte", "Erik", "Frida", "Gustav", "Hanne",
        "Ib", "Jette", "Kasper", "Lone", "Mads", "Nina", "Ole"};
    private static final String[] LAST = {"Hansen", "Jensen", "Nielsen", "Pedersen"};

    private final ImportingUnits importingUnits;
    private final ImportingEmployees importingEmployees;
    private final Directory directory;
    private final Accounts accounts;
    private final PlanningProgramme planning;
    private final AddingModule addingModule;
    private final ChangingProgrammeState changingState;
    private final WritingFrame frames;
    private final ReplacingProgrammeCompetences competences;
    private final AddingResource resources;
    private final ManagersDemo managers;
    private final OpeningSurveyRound surveys;
    private final PlanningActionLearning actionLearning;
    private final ProposingLearningGoal goals;

    public DemoSwitch(ImportingUnits importingUnits, ImportingEmployees importingEmployees, Directory directory,
                      Accounts accounts, PlanningProgramme planning, AddingModule addingModule,
                      ChangingProgrammeState changingState,
                      WritingFrame frames, ReplacingProgrammeCompetences competences, AddingResource resources,
                      ManagersDemo managers, OpeningSurveyRound surveys, PlanningActionLearning actionLearning,
                      ProposingLearningGoal goals) {
        this.importingUnits = importingUnits;
        this.importingEmployees = importingEmployees;
        this.directory = directory;
        this.accounts = accounts;
        this.planning = planning;
        this.addingModule = addingModule;
        this.changingState = changingState;
        this.frames = frames;
        this.competences = competences;
        this.resources = resources;
        this.managers = managers;
        this.surveys = surveys;
        this.actionLearning = actionLearning;
        this.goals = goals;
    }

    public void loadIfAsked(String[] args) {
        if (Arrays.asList(args).contains(FLAG)) {
            load();
        }
    }

    @Transactional
    void load() {
        if (directory.units().stream().anyMatch(u -> u.activeMembers() > 0)) {
            LOG.info("Demo data not loaded: the organisation already has people.");
            return;
        }
        importingUnits.importUnits(units().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, false, null);
        importingEmployees.importEmployees(employees().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, false, null);
        Viewer everything = new Viewer(null, null, Set.of(Role.HR), Set.of());
        UUID municipality = directory.units().stream().filter(u -> u.key().equals("DEMO")).findFirst().orElseThrow().id();
        for (Directory.PersonView p : directory.members(everything, municipality)) {
            accounts.setPasswordForPerson(p.id(), PASSWORD);
        }
        // the jobcentre's four teams take part, so that each team's manager leads the programme and writes its frame;
        // the head of the jobcentre manages them all
        List<UUID> teams = directory.units().stream().filter(u -> u.key().startsWith("DEMO-T"))
                .map(Directory.UnitView::id).toList();
        UUID programme = planning.create("AI i hverdagen – Jobcenter", "Et forløb i fire spor for hele jobcentret.",
                teams, ActionLearningBlock.DEFAULT_MINUTES, null);
        LocalDate monday = LocalDate.now().plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        String[] titles = {"Modul 1: Hvad er generativ AI – og hvad er det ikke?", "Modul 2: Brugsscenarier i vores egne opgaver",
            "Modul 3: Ansvarlig brug – GDPR, sikkerhed og etik", "Modul 4: Hvad har vi lært, og hvad gør vi nu?"};
        for (int i = 0; i < titles.length; i++) {
            LocalDate day = monday.plusWeeks(3L * i);
            addingModule.add(programme, new NewModule(titles[i], "", ModuleKind.PROGRESSIVE,
                    i == 2 ? Delivery.ONLINE : Delivery.IN_PERSON,
                    List.of(new NewSession(LocalDateTime.of(day, LocalTime.of(9, 0)),
                            LocalDateTime.of(day, LocalTime.of(12, 0)), i == 2 ? "Online" : "Rådhuset, mødesal 1", 40))), null);
        }
        frames.write(everything, programme, new NewFrame(
                "Vi vil lære at bruge generativ AI ansvarligt i jobcentrets daglige opgaver.",
                "Alle har prøvet mindst to afprøvede brugsscenarier i deres egne opgaver inden sidste modul.",
                "Vi bruger kun godkendte værktøjer, og personoplysninger om borgere skrives aldrig i en prompt.",
                "Hvilke opgaver vi starter med, vælger hvert team selv.",
                List.of(FrameGain.TIME, FrameGain.QUALITY), "Borgerne og medarbejderne",
                "Interne referater og standardmails skrevet fra bunden",
                "Mere tid til samtaler med borgerne", InfluenceLevel.CONSULTATION, "Jobcentrets MED-udvalg"));
        competences.replace(everything, programme, List.of(
                new CompetenceList.Entry("prompting", "Prompting", "Prompting", "At formulere en opgave, så svaret bliver brugbart.",
                        Map.of("EMPLOYEE", CompetenceLevel.CAN, "SUPPORT_PERSON", CompetenceLevel.MASTER,
                                "MANAGER", CompetenceLevel.KNOW_OF)),
                new CompetenceList.Entry("kildekritik", "Kildekritik", "Source criticism",
                        "At tjekke svarene: fakta, datoer, frister og bias.",
                        Map.of("EMPLOYEE", CompetenceLevel.CAN, "SUPPORT_PERSON", CompetenceLevel.CAN,
                                "MANAGER", CompetenceLevel.CAN)),
                new CompetenceList.Entry("regler", "GDPR og sikkerhed", "GDPR and security",
                        "Hvad må vi skrive i værktøjerne, og hvad må vi ikke?",
                        Map.of("EMPLOYEE", CompetenceLevel.KNOW_OF, "SUPPORT_PERSON", CompetenceLevel.CAN,
                                "MANAGER", CompetenceLevel.CAN))));
        resources.add(new AddingResource.NewResource(ResourceKind.GUIDE, "Sådan skriver du en god prompt",
                "Fem trin til bedre svar: rolle, opgave, kontekst, format og tjek.", null, "da",
                List.of("prompting"), null, List.of()), null);
        resources.add(new AddingResource.NewResource(ResourceKind.ADVICE, "Erfaringer fra Team Ung: referater med AI",
                "Hvad sparede vi, og hvad skulle vi rette? Navne og datoer skal altid tjekkes.", null, "da",
                List.of("referater", "kildekritik"), null, List.of(AttitudeType.PRAGMATIC, AttitudeType.WAITING)), null);
        resources.add(new AddingResource.NewResource(ResourceKind.ARTICLE, "Når du er i tvivl: hvad må jeg?",
                "Reglerne for brug af generativ AI i kommunen, forklaret med eksempler fra jobcentret.", null, "da",
                List.of("regler", "gdpr"), null, List.of(AttitudeType.WORRIED, AttitudeType.CRITICAL)), null);
        changingState.change(programme, ProgrammeState.PLANNED, null, null);
        managers.load(programme, directory.units().stream().filter(u -> u.key().equals("DEMO-T2")).findFirst()
                .orElseThrow().id());
        // what an employee meets on their first visit: the survey to answer (or decline), action learning in the
        // calendar, and a goal their manager proposed
        surveys.open(programme, null, null);
        actionLearning.plan(programme);
        UUID teamOne = directory.units().stream().filter(u -> u.key().equals("DEMO-T1")).findFirst().orElseThrow().id();
        Directory.PersonView leader = directory.members(everything, teamOne).stream()
                .filter(p -> p.email().equals("leder.t1@demo.spor.dk")).findFirst().orElseThrow();
        Directory.PersonView first = directory.members(everything, teamOne).stream()
                .filter(p -> p.email().equals("medarbejder.1@demo.spor.dk")).findFirst().orElseThrow();
        goals.proposeFor(new Viewer(null, leader.id(), Set.of(Role.EMPLOYEE, Role.MANAGER), Set.of(teamOne)),
                first.id(), new NewGoal(programme, "Bruge AI til at skrive første udkast til referater fra teammøder",
                        List.of("6.1"), "prompting", null, 1, monday.plusWeeks(3)));
        LOG.info("Demo municipality loaded: sign in as hr@demo.spor.dk (HR), leder.t1@demo.spor.dk (manager) or"
                + " medarbejder.1@demo.spor.dk (employee), password {}", PASSWORD);
    }

    private static String units() {
        return """
                unit_key,name,kind,parent_key
                DEMO,Demo Kommune,MUNICIPALITY,
                DEMO-BA,Borger og Arbejdsmarked,ADMINISTRATION,DEMO
                DEMO-JC,Jobcenter,DEPARTMENT,DEMO-BA
                DEMO-T1,Team Ung,TEAM,DEMO-JC
                DEMO-T2,Team Sygedagpenge,TEAM,DEMO-JC
                DEMO-T3,Team Virksomhedsservice,TEAM,DEMO-JC
                DEMO-T4,Team Integration,TEAM,DEMO-JC
                """;
    }

    private static String employees() {
        StringBuilder csv = new StringBuilder("employee_number,name,email,unit_key,roles,manages\n");
        csv.append("D0001,Helle HR,hr@demo.spor.dk,DEMO-BA,hr,\n");
        csv.append("D0002,Jens Jobcenterchef,leder.jc@demo.spor.dk,DEMO-JC,,DEMO-JC\n");
        for (int team = 1; team <= 4; team++) {
            csv.append(String.format("D%d100,Leder %d,leder.t%d@demo.spor.dk,DEMO-T%d,,DEMO-T%d%n", team, team, team, team, team));
        }
        for (int i = 1; i <= 54; i++) {
            int team = (i - 1) % 4 + 1;
            String roles = i == 1 || i == 2 ? "superbruger" : i == 3 ? "tillidsvalgt" : "";
            csv.append(String.format("D%04d,%s %s,medarbejder.%d@demo.spor.dk,DEMO-T%d,%s,%n", 1000 + i,
                    FIRST[i % FIRST.length], LAST[i % LAST.length], i, team, roles));
        }
        return csv.toString();
    }
}
