package dk.spor.plugins.vulnerablecitizens;

import static dk.spor.plugin.api.Text.of;

import dk.spor.plugin.api.AttitudeType;
import dk.spor.plugin.api.Delivery;
import dk.spor.plugin.api.LeadershipCase;
import dk.spor.plugin.api.ModuleKind;
import dk.spor.plugin.api.ModuleTemplate;
import dk.spor.plugin.api.Offer;
import dk.spor.plugin.api.SectorExtension;
import dk.spor.plugin.api.Text;
import dk.spor.plugin.api.UseCase;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/** Job centre, vulnerable children and young people, and social cases. */
@Extension
public class VulnerableCitizensSector implements SectorExtension {

    static final String ID = "sector-vulnerable-citizens";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text name() {
        return of("Udsatte borgere: jobcenter, børn og unge, socialområdet",
                "Vulnerable citizens: job centre, children and young people, social cases");
    }

    @Override
    public List<Text> targetGroups() {
        return List.of(
                of("Jobkonsulenter og sagsbehandlere i jobcenteret", "Job consultants and caseworkers in the job centre"),
                of("Socialrådgivere for udsatte børn og unge", "Social workers for vulnerable children and young people"),
                of("Sagsbehandlere på voksen-socialområdet", "Caseworkers in adult social services"));
    }

    @Override
    public List<ModuleTemplate> moduleTemplates() {
        return List.of(
                new ModuleTemplate("ai-in-casework-basics",
                        of("AI i sagsbehandlingen – hvad kan det, og hvad må det?", "AI in casework – what can it do, and what may it do?"),
                        List.of(of("Kende forskel på sparring og afgørelse", "Know the difference between sparring and a decision"),
                                of("Kunne pseudonymisere en sag før brug af et godkendt værktøj", "Be able to pseudonymise a case before using an approved tool")),
                        List.of(of("Black box, bias og sandsynligheder frem for facit", "Black box, bias and probabilities rather than answers"),
                                of("Forvaltningsloven, GDPR og særlige kategorier af personoplysninger", "The Public Administration Act, GDPR and special categories of personal data"),
                                of("Øvelse: lad AI foreslå undersøgelser i en fiktiv børnesag", "Exercise: let AI propose investigations in a fictitious child case"),
                                of("Aftal læringsmål til aktionslæringen", "Agree learning goals for action learning")),
                        180, Delivery.IN_PERSON, ModuleKind.PROGRESSIVE),
                new ModuleTemplate("documentation-and-journal-notes",
                        of("Journalnotater og dokumentation med AI", "Journal notes and documentation with AI"),
                        List.of(of("Kunne bruge AI til referat og journalnotat uden at miste borgerens stemme", "Use AI for minutes and journal notes without losing the citizen's voice")),
                        List.of(of("Opfølgning på læringsmål fra sidste modul", "Follow-up on learning goals from the last module"),
                                of("Fra samtale til journalnotat: hvad skal med, hvad må ikke", "From conversation to journal note: what must go in, what must not"),
                                of("Kvalitetstjek: faktuelle fejl og hallucinationer", "Quality check: factual errors and hallucinations")),
                        150, Delivery.IN_PERSON, ModuleKind.PROGRESSIVE),
                new ModuleTemplate("plain-language-to-citizens",
                        of("Klart sprog i breve og afgørelser til borgere", "Plain language in letters and decisions to citizens"),
                        List.of(of("Kunne omskrive en afgørelse til lavere LIX uden at ændre retsvirkningen", "Rewrite a decision to a lower LIX without changing its legal effect")),
                        List.of(of("Eksempler fra egne breve (anonymiserede)", "Examples from our own letters (anonymised)"),
                                of("Oversættelse og tilpasning til borgere med andet modersmål", "Translation and adaptation for citizens with another first language")),
                        120, Delivery.ONLINE, ModuleKind.ELECTIVE),
                new ModuleTemplate("ethics-and-legal-certainty",
                        of("Etik og retssikkerhed, når AI vurderer mennesker", "Ethics and legal certainty when AI assesses people"),
                        List.of(of("Kunne argumentere for, hvor faglig skønsudøvelse ikke kan overlades til et værktøj", "Argue where professional discretion cannot be left to a tool")),
                        List.of(of("Case: profilering af ledige", "Case: profiling unemployed citizens"),
                                of("Dialog med de kritiske stemmer i teamet", "Dialogue with the critical voices in the team")),
                        120, Delivery.IN_PERSON, ModuleKind.ELECTIVE));
    }

    @Override
    public List<String> recommendedUseCaseIds() {
        return List.of("1.1", "1.2", "1.4", "1.6", "1.9", "6.1", "6.3", "6.5", "7.2", "7.7", "8.2", "8.4");
    }

    @Override
    public List<UseCase> ownUseCases() {
        return List.of(
                new UseCase("sector-vulnerable-citizens-meeting-preparation",
                        of("Forberedelse af samtale med borger", "Preparing a meeting with a citizen"),
                        of("AI samler de seneste notater til et kort overblik og forslag til spørgsmål før en opfølgningssamtale.",
                                "AI condenses recent notes into a short overview and suggested questions before a follow-up meeting."),
                        List.of("time", "quality"),
                        List.of(of("Personoplysninger i et ikke-godkendt værktøj", "Personal data in a non-approved tool"),
                                of("Overblikket kan udelade det vigtigste", "The overview may leave out what matters most"))),
                new UseCase("sector-vulnerable-citizens-child-friendly-letter",
                        of("Børnevenlig forklaring af en beslutning", "Child-friendly explanation of a decision"),
                        of("AI foreslår en version af en beslutning, som et barn eller en ung kan forstå, som rådgiveren retter til.",
                                "AI suggests a version of a decision a child or young person can understand, which the social worker then edits."),
                        List.of("service", "quality"),
                        List.of(of("Tonen kan blive forkert i en svær situation", "The tone may be wrong in a hard situation"))));
    }

    @Override
    public List<LeadershipCase> leadershipCases() {
        return List.of(
                new LeadershipCase("long-term-unemployment-prediction",
                        of("Et værktøj der forudsiger langtidsledighed", "A tool that predicts long-term unemployment"),
                        of("En leverandør tilbyder et beslutningsstøtteværktøj, der ud fra registerdata forudsiger, hvilke nyledige "
                                + "der risikerer langtidsledighed. Det rammer rigtigt i cirka 7 ud af 10 tilfælde. Ledelsen ser en "
                                + "chance for at sætte tidligere ind. Jobkonsulenterne er delte: nogle vil gerne have et pejlemærke, "
                                + "andre frygter, at tallet overtager den faglige vurdering. Den faglige organisation har rejst "
                                + "indsigelse mod profilering af ledige, og ingen har afklaret, hvad borgeren skal have at vide.",
                                "A vendor offers a decision-support tool that uses register data to predict which newly unemployed "
                                + "citizens risk long-term unemployment. It is right in about 7 of 10 cases. Management sees a chance "
                                + "to act earlier. Job consultants are split: some want a pointer, others fear the number will "
                                + "override professional judgement. The union has objected to profiling the unemployed, and nobody "
                                + "has settled what the citizen must be told."),
                        List.of(of("Hvad betyder 3 forkerte forudsigelser ud af 10 for de borgere, det rammer?",
                                        "What do 3 wrong predictions out of 10 mean for the citizens concerned?"),
                                of("Hvordan sikrer I, at den faglige vurdering stadig træffer afgørelsen – og kan dokumentere det?",
                                        "How do you make sure professional judgement still decides – and can show it?"),
                                of("Hvad skal borgeren vide om, at et værktøj har vurderet vedkommende?",
                                        "What should the citizen know about a tool having assessed them?"),
                                of("Hvordan inddrager I den faglige organisation og MED, før I beslutter noget?",
                                        "How do you involve the union and MED before deciding anything?"))),
                new LeadershipCase("freed-time-in-child-protection",
                        of("Hvem får den frigjorte tid i børneafdelingen?", "Who gets the freed time in child protection?"),
                        of("AI-udkast til journalnotater sparer rådgiverne omkring to timer om ugen. Økonomi foreslår at øge "
                                + "sagstallet tilsvarende. Rådgiverne havde forstået, at tiden skulle gå til flere samtaler med børnene.",
                                "AI drafts of journal notes save social workers about two hours a week. Finance proposes raising the "
                                + "caseload to match. The social workers understood the time would go to more conversations with the children."),
                        List.of(of("Hvad stod der i rammen om brugen af frigjort tid – og blev det sagt tydeligt?",
                                        "What did the frame say about freed time – and was it said clearly?"),
                                of("Hvordan holder du fast i retningen og giver samtidig slip på noget af styringen?",
                                        "How do you hold the direction while letting go of some control?"))));
    }

    @Override
    public Map<AttitudeType, List<Offer>> offersByAttitude() {
        return Map.of(
                AttitudeType.WORRIED, List.of(
                        new Offer("safe-practice-cases", of("Øv på fiktive sager", "Practise on fictitious cases"),
                                of("Et lukket øverum med opdigtede borgersager, hvor fejl ikke har konsekvenser for nogen.",
                                        "A closed practice room with invented citizen cases where mistakes have no consequences for anyone."))),
                AttitudeType.OPPORTUNITY_SEEKING, List.of(
                        new Offer("pilot-meeting-preparation", of("Pilot: samtaleforberedelse", "Pilot: meeting preparation"),
                                of("Afprøv samtaleforberedelse med AI først og del erfaringerne med teamet, inden for GDPR-rammen.",
                                        "Try AI meeting preparation first and share what you learn with the team, within the GDPR frame."))),
                AttitudeType.PRAGMATIC, List.of(
                        new Offer("tested-journal-template", of("Afprøvet skabelon til journalnotat", "Tested journal-note template"),
                                of("En prompt og skabelon, som kolleger allerede har målt tidsbesparelsen på.",
                                        "A prompt and template colleagues have already measured the time saving of."))),
                AttitudeType.CRITICAL, List.of(
                        new Offer("legal-certainty-dialogue", of("Dialog om retssikkerhed", "Dialogue on legal certainty"),
                                of("En faglig drøftelse af, hvor AI kan styrke og svække borgerens retssikkerhed, med jurist til stede.",
                                        "A professional discussion of where AI may strengthen or weaken citizens' legal certainty, with a lawyer present."))),
                AttitudeType.WAITING, List.of(
                        new Offer("one-small-step", of("Ét lille skridt om ugen", "One small step a week"),
                                of("En konkret opgave om ugen, fx at lade AI forenkle ét brev, med en kollega ved siden af.",
                                        "One concrete task a week, e.g. letting AI simplify one letter, with a colleague alongside."))));
    }
}
