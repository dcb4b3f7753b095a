package dk.spor.demo;

import dk.spor.goals.application.AgreeingLearningGoal;
import dk.spor.goals.application.GoalView;
import dk.spor.goals.application.NewGoal;
import dk.spor.goals.application.ProposingLearningGoal;
import dk.spor.leadership.application.AskingOpenQuestion;
import dk.spor.leadership.application.NewEntry;
import dk.spor.leadership.application.WritingLearningLog;
import dk.spor.profiling.application.AnsweringSurvey;
import dk.spor.profiling.application.OpeningSurveyRound;
import dk.spor.profiling.application.ProfileView;
import dk.spor.profiling.application.ReadingMySurveys;
import dk.spor.profiling.application.SharingProfile;
import dk.spor.profiling.application.SubmittingSurvey;
import dk.spor.profiling.application.SurveyView;
import dk.spor.security.Accounts;
import dk.spor.security.Role;
import dk.spor.security.Viewer;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the demo's manager of Team Ung ({@code leder.t1@demo.spor.dk}) finds on their pages: eleven of the team have
 * answered the attitude survey (enough to show the team's picture), one shares the profile with the manager, two
 * goals wait for the manager's agreement, one active goal is due for a follow-up, one waits for the employee, and an
 * open question is the manager's to answer. Everything goes through the use cases a person would call.
 */
@Singleton
class ManagersDemo {

    private final Accounts accounts;
    private final OpeningSurveyRound rounds;
    private final ReadingMySurveys surveys;
    private final AnsweringSurvey answering;
    private final SubmittingSurvey submitting;
    private final SharingProfile sharing;
    private final ProposingLearningGoal proposing;
    private final AgreeingLearningGoal agreeing;
    private final AskingOpenQuestion asking;
    private final WritingLearningLog log;
    private final Clock clock;

    ManagersDemo(Accounts accounts, OpeningSurveyRound rounds, ReadingMySurveys surveys, AnsweringSurvey answering,
                 SubmittingSurvey submitting, SharingProfile sharing, ProposingLearningGoal proposing,
                 AgreeingLearningGoal agreeing, AskingOpenQuestion asking, WritingLearningLog log, Clock clock) {
        this.accounts = accounts;
        this.rounds = rounds;
        this.surveys = surveys;
        this.answering = answering;
        this.submitting = submitting;
        this.sharing = sharing;
        this.proposing = proposing;
        this.agreeing = agreeing;
        this.asking = asking;
        this.log = log;
        this.clock = clock;
    }

    /**
     * @param programme the demo programme
     * @param teamTwo   Team Sygedagpenge, whose learning-log entry shows the roll-up
     */
    void load(UUID programme, UUID teamTwo) {
        Viewer hr = new Viewer(null, null, Set.of(Role.HR), Set.of());
        rounds.open(programme, null, null);
        // Team Ung is medarbejder 1, 5, 9 … 53; six answer as pragmatists and five as worried, three do not answer
        for (int i = 1; i <= 41; i += 4) {
            Viewer employee = viewer("medarbejder." + i);
            SurveyView survey = surveys.mine(employee.personId()).get(0);
            answering.save(employee.personId(), survey.id(), new AnsweringSurvey.NewAnswers(
                    i <= 21 ? pragmatic() : worried(), List.of(), List.of(), List.of()));
            ProfileView profile = submitting.submit(employee.personId(), survey.id());
            if (i == 1) {
                sharing.share(employee.personId(), profile.id(), true);
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Copenhagen")));
        Viewer manager = viewer("leder.t1");
        proposing.proposeOwn(viewer("medarbejder.5"), new NewGoal(programme,
                "Bruge AI til at skrive første udkast til referater fra teammøder", List.of(), "prompting", null, 1,
                today.plusWeeks(3)));
        proposing.proposeOwn(viewer("medarbejder.9"), new NewGoal(programme,
                "Tjekke AI-svar for fejl i datoer og frister, før jeg bruger dem", List.of(), "kildekritik", null,
                1, today.plusWeeks(4)));
        GoalView active = proposing.proposeOwn(viewer("medarbejder.13"), new NewGoal(programme,
                "Prøve tre af de afprøvede brugsscenarier i mine egne sager", List.of(), "prompting", null, null,
                today.plusDays(4)));
        agreeing.agree(manager, active.id(), null);
        proposing.proposeFor(manager, viewer("medarbejder.17").personId(), new NewGoal(programme,
                "Finde ud af, hvad vi må skrive i værktøjerne om borgere", List.of(), "regler", null, null,
                today.plusWeeks(2)));
        asking.ask(hr, programme, "Må vi bruge AI til referater af samtaler med borgere?", manager.personId(),
                today.plusDays(10));
        log.log(hr, programme, new NewEntry(teamTwo, "LEADERSHIP", null,
                "Vi brugte et teammøde på at prøve at skrive et standardbrev med AI.",
                "Udkastet var hurtigt, men to frister var forkerte.",
                "AI skal have de rigtige frister med i opgaven, og vi skal altid tjekke dem.",
                "Vi laver en tjekliste til breve med frister."));
    }

    private Viewer viewer(String user) {
        return accounts.viewer(accounts.byUsername(user + "@demo.spor.dk").orElseThrow().id());
    }

    private static Map<String, Object> pragmatic() {
        Map<String, Object> answers = new LinkedHashMap<>();
        List.of("W1", "W2", "W3", "W4", "O1", "O2", "O3", "O4", "K1", "K2", "K3").forEach(k -> answers.put(k, 2));
        List.of("P1", "P2", "P3", "P4").forEach(k -> answers.put(k, 5));
        List.of("A1", "A2", "A3").forEach(k -> answers.put(k, 1));
        answers.put("K4", 4);
        answers.put("A4", 5);
        return answers;
    }

    private static Map<String, Object> worried() {
        Map<String, Object> answers = new LinkedHashMap<>();
        List.of("W1", "W2", "W3", "W4").forEach(k -> answers.put(k, 5));
        List.of("O1", "O2", "O3", "O4", "K1", "K2", "K3", "A1", "A2", "A3").forEach(k -> answers.put(k, 1));
        List.of("P1", "P2", "P3", "P4").forEach(k -> answers.put(k, 2));
        answers.put("K4", 5);
        answers.put("A4", 5);
        return answers;
    }
}
