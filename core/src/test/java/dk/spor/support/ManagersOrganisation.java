package dk.spor.support;

import io.micronaut.http.client.BlockingHttpClient;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dk.spor.support.FixtureOrganisation.PASSWORD;

/**
 * A jobcentre for the manager's pages, set up through the API as HR and the people would: Mona manages the jobcentre
 * (Team Ung and Team Voksen below it), Dorte only Team Voksen, Ole the citizen service outside it. The jobcentre's
 * programme comes from the sector for vulnerable citizens, has a frame, two competences, a survey round everyone
 * answered, evaluations of two modules, goals in each state of the work list and an open question Mona owns.
 *
 * <p>The numbers are chosen so that each rule of the minimum group size shows: Team Ung's ten (five pragmatists, five
 * worried) are shown in full; Team Voksen's three are withheld; the jobcentre's fifteen are shown with two types
 * hidden (the three critical ones, and the five worried beside them, which would otherwise give the three away).
 * Module one has five evaluations (shown), module two two (withheld); "prompting" has goals from five people
 * (shown), "kildekritik" from one (withheld). Ada shares her profile with Mona; the citizen service's programme has
 * two participants, too few for any statistics.
 */
public final class ManagersOrganisation {

    public static final String UNITS = """
            unit_key,name,kind,parent_key
            K,Eksempel Kommune,MUNICIPALITY,
            JC,Jobcenter,DEPARTMENT,K
            T1,Team Ung,TEAM,JC
            T2,Team Voksen,TEAM,JC
            BS,Borgerservice,TEAM,K
            """;

    public static final String EMPLOYEES = """
            employee_number,name,email,unit_key,roles,manages
            1000,Mona Leder,mona@example.dk,JC,,JC
            1001,Per Jensen,per@example.dk,JC,,
            1101,Ada Ung,ada@example.dk,T1,,
            1102,Bent Ung,bent@example.dk,T1,,
            1103,Carl Ung,carl@example.dk,T1,,
            1104,Dina Ung,dina@example.dk,T1,,
            1105,Eva Ung,eva@example.dk,T1,,
            1106,Finn Ung,finn@example.dk,T1,,
            1107,Gry Ung,gry@example.dk,T1,,
            1108,Hans Ung,hans@example.dk,T1,,
            1109,Ida Ung,ida@example.dk,T1,,
            1110,Jens Ung,jens@example.dk,T1,,
            1201,Dorte Leder,dorte@example.dk,T2,,T2
            1202,Erik Voksen,erik@example.dk,T2,tillidsvalgt,
            1203,Frida Voksen,frida@example.dk,T2,,
            1301,Ole Leder,ole@example.dk,BS,,BS
            1302,Pia Borger,pia@example.dk,BS,,
            9001,Hanne HR,hanne@example.dk,K,hr,
            """;

    public static final String PROGRAMME_NAME = "AI i Jobcentret";
    public static final String PURPOSE = "Vi vil lære at bruge generativ AI ansvarligt i jobcentrets daglige opgaver.";
    public static final String QUESTION = "Må vi bruge AI til referater af samtaler med borgere?";

    private final BlockingHttpClient client;
    /** Unit ids by key, people's ids by e-mail. */
    public final Map<String, String> units = new HashMap<>();
    public final Map<String, String> people = new HashMap<>();
    /** The goals set up, by the e-mail of their person. */
    public final Map<String, String> goals = new HashMap<>();
    public final String programme;
    public final String smallProgramme;
    public final List<String> modules;
    public final String adasProfile;

    private ManagersOrganisation(BlockingHttpClient client) {
        this.client = client;
        Api hr = Api.administrator(client);
        hr.csv("/api/organisation/units/import", UNITS);
        hr.csv("/api/organisation/employees/import", EMPLOYEES);
        hr.list("/api/units").forEach(u -> units.put((String) u.get("key"), (String) u.get("id")));
        people.putAll(FixtureOrganisation.givePasswords(hr, units.get("K")));

        Map<String, Object> created = hr.post("/api/programmes/from-sector", Map.of("sectorId",
                "sector-vulnerable-citizens", "name", PROGRAMME_NAME, "unitIds", List.of(units.get("JC"))));
        programme = (String) created.get("id");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> moduleList = (List<Map<String, Object>>) created.get("modules");
        modules = moduleList.stream().map(m -> (String) m.get("id")).toList();
        hr.put("/api/programmes/" + programme + "/frame", Api.body("purpose", PURPOSE,
                "ambition", "Alle har prøvet to afprøvede brugsscenarier inden sidste modul.",
                "fixed", "Vi bruger kun godkendte værktøjer.", "open", "Hvert team vælger selv sine opgaver.",
                "gains", List.of("TIME", "QUALITY"), "whoGains", "Borgerne og medarbejderne",
                "doLessOf", "Standardmails skrevet fra bunden", "freedTimeUse", "Mere tid til samtaler med borgerne",
                "influenceLevel", "CONSULTATION", "involved", "Jobcentrets ledergruppe"));
        hr.putList("/api/programmes/" + programme + "/competences", Map.of("competences", List.of(
                Map.of("key", "prompting", "nameDa", "Prompting", "nameEn", "Prompting",
                        "targets", Map.of("EMPLOYEE", "CAN")),
                Map.of("key", "kildekritik", "nameDa", "Kildekritik", "nameEn", "Source criticism",
                        "targets", Map.of("EMPLOYEE", "CAN")))));
        smallProgramme = (String) hr.post("/api/programmes", Map.of("name", "AI i Borgerservice",
                "unitIds", List.of(units.get("BS")))).get("id");
        hr.put("/api/programmes/" + smallProgramme + "/frame", Map.of("purpose", "Borgerservice prøver AI.",
                "influenceLevel", "INFORMATION"));

        // everyone in the jobcentre answers the survey
        hr.post("/api/programmes/" + programme + "/survey-rounds", Map.of());
        String profile = null;
        for (String name : List.of("mona", "per", "ada", "bent", "carl", "dina", "eva")) {
            String id = submit(name, pragmatic());
            profile = name.equals("ada") ? id : profile;
        }
        for (String name : List.of("finn", "gry", "hans", "ida", "jens")) {
            submit(name, worried());
        }
        for (String name : List.of("dorte", "erik", "frida")) {
            submit(name, critical());
        }
        adasProfile = profile;
        as("ada@example.dk").put("/api/me/profiles/" + adasProfile + "/sharing", Map.of("shared", true));

        // module one is evaluated by five, module two by two
        for (String name : List.of("ada", "bent", "carl", "dina", "eva")) {
            as(name + "@example.dk").post("/api/me/modules/" + modules.get(0) + "/evaluation", evaluation());
        }
        for (String name : List.of("finn", "gry")) {
            as(name + "@example.dk").post("/api/me/modules/" + modules.get(1) + "/evaluation", evaluation());
        }

        // goals: five people's in prompting (awaiting Mona, Bent's active and due), one in kildekritik
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("ada", "Bruge AI til at skrive første udkast til referater");
        texts.put("bent", "Prøve tre afprøvede brugsscenarier i mine egne sager");
        texts.put("carl", "Skrive bedre prompts til standardbreve");
        texts.put("dina", "Bruge AI til at opsummere lange sagsakter");
        texts.put("eva", "Lave en tjekliste til at gennemgå AI-svar");
        texts.forEach((name, text) -> goals.put(name + "@example.dk", (String) as(name + "@example.dk").post(
                "/api/me/goals", Map.of("programmeId", programme, "text", text, "competence", "prompting",
                        "afterModule", 1, "dueDate", today.plusDays(name.equals("bent") ? 3 : 20).toString()))
                .get("id")));
        goals.put("finn@example.dk", (String) as("finn@example.dk").post("/api/me/goals", Map.of(
                "programmeId", programme, "text", "Tjekke datoer og frister i AI-svar", "competence", "kildekritik"))
                .get("id"));
        Api mona = as("mona@example.dk");
        mona.post("/api/goals/" + goals.get("bent@example.dk") + "/agree", Map.of());
        hr.post("/api/programmes/" + programme + "/open-questions", Map.of("question", QUESTION,
                "ownerId", people.get("mona@example.dk"), "dueDate", today.plusDays(5).toString()));
    }

    public static ManagersOrganisation setUp(BlockingHttpClient client) {
        return new ManagersOrganisation(client);
    }

    public Api as(String email) {
        return Api.signIn(client, email, PASSWORD);
    }

    /** Answers the open survey as the person, and returns the profile's id. */
    private String submit(String name, Map<String, Object> answers) {
        Api person = as(name + "@example.dk");
        String uri = "/api/me/surveys/" + person.list("/api/me/surveys").get(0).get("id");
        person.put(uri, Map.of("answers", answers));
        return (String) person.post(uri + "/submit", Map.of()).get("id");
    }

    private static Map<String, Object> evaluation() {
        return Map.of("overall", 4, "realistic", "BETTER", "recognised", "SAME", "autonomous", "BETTER",
                "meaningful", "BETTER", "developing", "BETTER", "healthySafe", "SAME");
    }

    private static Map<String, Object> answers(int worried, int opportunity, int pragmatic, int critical, int waiting) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (int i = 1; i <= 4; i++) {
            answers.put("W" + i, worried);
            answers.put("O" + i, opportunity);
            answers.put("P" + i, pragmatic);
            answers.put("A" + i, waiting);
            answers.put("K" + i, critical);
        }
        // K4 and A4 are said the other way round
        answers.put("K4", 6 - critical);
        answers.put("A4", 6 - waiting);
        return answers;
    }

    private static Map<String, Object> pragmatic() {
        return answers(2, 2, 5, 2, 1);
    }

    private static Map<String, Object> worried() {
        return answers(5, 1, 2, 1, 1);
    }

    private static Map<String, Object> critical() {
        return answers(1, 1, 2, 5, 1);
    }
}
