package dk.spor.plugins.hrlegal;

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

/** HR and legal: recruitment, staff matters, payroll, legal advice, access to documents and complaints. */
@Extension
public class HrLegalSector implements SectorExtension {

    static final String ID = "sector-hr-legal";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text name() {
        return of("HR og jura", "HR and legal");
    }

    @Override
    public List<Text> targetGroups() {
        return List.of(
                of("HR-konsulenter: rekruttering, personalesager og arbejdsmiljø", "HR consultants: recruitment, staff matters and working environment"),
                of("Løn- og personaleadministration", "Payroll and personnel administration"),
                of("Jurister i sekretariater og den juridiske afdeling", "Lawyers in secretariats and the legal department"),
                of("Medarbejdere, der behandler aktindsigt og klagesager", "Staff handling requests for access to documents and complaints"));
    }

    @Override
    public List<ModuleTemplate> moduleTemplates() {
        return List.of(
                new ModuleTemplate("ai-and-employee-data",
                        of("AI og persondata om medarbejdere – hvad må aldrig i et værktøj?", "AI and employee data – what must never go into a tool?"),
                        List.of(of("Kunne skelne mellem opgaver, hvor AI kan hjælpe, og personalesager, hvor den ikke må bruges",
                                        "Tell tasks where AI can help from staff matters where it must not be used"),
                                of("Kende reglerne om automatiske afgørelser og profilering i GDPR artikel 22",
                                        "Know the rules on automated decisions and profiling in GDPR Article 22")),
                        List.of(of("Black box, bias og sandsynligheder – med eksempler fra rekruttering", "Black box, bias and probabilities – with examples from recruitment"),
                                of("Helbredsoplysninger, sygefravær og tjenstlige samtaler: særligt følsomme data", "Health data, sickness absence and disciplinary meetings: especially sensitive data"),
                                of("Øvelse: skriv et stillingsopslag og tjek det for ekskluderende sprog", "Exercise: write a job advert and check it for excluding language"),
                                of("Aftal læringsmål til aktionslæringen", "Agree learning goals for action learning")),
                        180, Delivery.IN_PERSON, ModuleKind.PROGRESSIVE),
                new ModuleTemplate("legal-texts-and-complaints",
                        of("Juridiske tekster, klagesager og aktindsigt med AI", "Legal texts, complaints and access to documents with AI"),
                        List.of(of("Kunne få overblik over en lang afgørelse eller lov og finde de steder, der skal læses selv",
                                        "Get an overview of a long ruling or act and find the passages to read yourself"),
                                of("Kunne kontrollere enhver henvisning til lov, praksis og afgørelser mod kilden",
                                        "Check every reference to law, practice and rulings against the source")),
                        List.of(of("Opfølgning på læringsmål fra sidste modul", "Follow-up on learning goals from the last module"),
                                of("Opfundne domme og paragraffer: hvorfor det sker, og hvordan I fanger det", "Invented rulings and sections: why it happens and how to catch it"),
                                of("Øvelse: udkast til svar på en fiktiv klage, tjekket mod forvaltningsloven", "Exercise: a draft reply to a fictitious complaint, checked against the Public Administration Act"),
                                of("Aktindsigt: forslag til undtagelser, som juristen vurderer", "Access to documents: suggested redactions for the lawyer to assess")),
                        150, Delivery.IN_PERSON, ModuleKind.PROGRESSIVE),
                new ModuleTemplate("fair-recruitment",
                        of("Fair rekruttering med og uden AI", "Fair recruitment with and without AI"),
                        List.of(of("Kunne bruge AI til stillingsopslag, anonymisering og onboarding og forklare, hvorfor AI ikke rangordner ansøgere",
                                        "Use AI for job adverts, anonymisation and onboarding, and explain why AI does not rank applicants")),
                        List.of(of("Bias i historiske ansættelsesdata", "Bias in historical hiring data"),
                                of("Blind udvælgelse: hvad skal fjernes, og hvad siger det om os?", "Blind selection: what should be removed, and what does that say about us?"),
                                of("Onboarding: tjeklister og velkomstbreve", "Onboarding: checklists and welcome letters")),
                        120, Delivery.IN_PERSON, ModuleKind.ELECTIVE),
                new ModuleTemplate("change-communication-for-hr",
                        of("Forandringskommunikation og kompetenceplaner", "Change communication and competence plans"),
                        List.of(of("Kunne bruge AI til udkast til kommunikation om forandringer og til kompetenceudviklingsplaner, som MED drøfter",
                                        "Use AI to draft communication about change and competence-development plans for MED to discuss")),
                        List.of(of("Fra beslutning til forståelig besked til medarbejderne", "From decision to an understandable message for staff"),
                                of("Kompetenceplaner uden at profilere den enkelte", "Competence plans without profiling individuals")),
                        90, Delivery.ONLINE, ModuleKind.ELECTIVE));
    }

    @Override
    public List<String> recommendedUseCaseIds() {
        return List.of("3.2", "3.3", "3.5", "1.10", "6.1", "6.4", "6.6", "7.5", "8.1", "8.3", "9.5");
    }

    @Override
    public List<UseCase> ownUseCases() {
        return List.of(
                new UseCase("sector-hr-legal-access-to-documents-redaction",
                        of("Forslag til undtagelser ved aktindsigt", "Suggested redactions for access to documents"),
                        of("AI markerer oplysninger i sagens dokumenter, som kan være undtaget fra aktindsigt, fx helbredsoplysninger "
                                        + "og interne overvejelser; juristen træffer afgørelsen og begrunder den.",
                                "AI marks information in the case documents that may be exempt from access, such as health data and internal "
                                        + "deliberations; the lawyer decides and gives the reasons."),
                        List.of("time", "quality"),
                        List.of(of("En overset markering kan udlevere følsomme oplysninger", "A missed mark can disclose sensitive data"),
                                of("For mange markeringer kan begrænse retten til aktindsigt", "Too many marks can restrict the right of access"))),
                new UseCase("sector-hr-legal-inclusive-job-advert",
                        of("Inkluderende stillingsopslag", "Inclusive job adverts"),
                        of("AI gennemgår et stillingsopslag for kønnet, aldersbetinget eller unødigt fagtungt sprog og foreslår alternativer.",
                                "AI reviews a job advert for gendered, age-related or needlessly technical language and suggests alternatives."),
                        List.of("quality"),
                        List.of(of("Forslagene kan gøre opslaget ens og upersonligt", "The suggestions may make the advert bland and impersonal"))));
    }

    @Override
    public List<LeadershipCase> leadershipCases() {
        return List.of(
                new LeadershipCase("ranking-three-hundred-applicants",
                        of("300 ansøgere og et værktøj der rangordner", "300 applicants and a tool that ranks them"),
                        of("Et opslag på fire administrative stillinger har givet 300 ansøgninger. Rekrutteringssystemets leverandør "
                                        + "tilbyder et AI-modul, der rangordner ansøgerne efter 'match'. Lederne af de ansættende enheder vil "
                                        + "gerne spare en uges læsning. HR ved ikke, hvad modellen er trænet på, og en ansøger fra sidste år "
                                        + "har klaget over forskelsbehandling.",
                                "An advert for four administrative posts has drawn 300 applications. The recruitment system's vendor offers "
                                        + "an AI module that ranks applicants by 'match'. The hiring managers want to save a week of reading. HR "
                                        + "does not know what the model was trained on, and an applicant from last year has complained of "
                                        + "discrimination."),
                        List.of(of("Hvad skal I vide om modellen, før den må bruges i ansættelser i en offentlig myndighed?",
                                        "What must you know about the model before it may be used in hiring by a public authority?"),
                                of("Hvordan holder du fast i ligebehandling og giver samtidig lederne en lettelse?",
                                        "How do you hold firm on equal treatment while giving the managers relief?"),
                                of("Kan blind udvælgelse eller gruppering give gevinsten med mindre risiko?",
                                        "Could blind selection or grouping give the gain with less risk?"),
                                of("Hvad ville I svare en ansøger, der spørger, om en maskine har vurderet vedkommende?",
                                        "What would you tell an applicant who asks whether a machine assessed them?"))),
                new LeadershipCase("sickness-absence-patterns",
                        of("Mønstre i sygefraværet", "Patterns in sickness absence"),
                        of("Direktionen foreslår, at HR bruger AI til at finde mønstre i sygefraværet, så lederne kan sætte tidligt ind "
                                        + "med omsorgssamtaler. HR ser en chance for forebyggelse. Medarbejderne hører overvågning, og "
                                        + "arbejdsmiljørepræsentanten har bedt om at få sagen på MED-mødet.",
                                "The executive board proposes that HR uses AI to find patterns in sickness absence so managers can step in "
                                        + "early with wellbeing conversations. HR sees a chance for prevention. Staff hear surveillance, and the "
                                        + "health and safety representative has asked for the matter to go to the MED meeting."),
                        List.of(of("Hvad er formålet, og kan det opnås med data på gruppeniveau i stedet for den enkelte?",
                                        "What is the purpose, and can it be met with group-level data instead of the individual?"),
                                of("Hvilket niveau af medindflydelse skal MED have – information, medindflydelse eller medbestemmelse?",
                                        "What level of staff influence should MED have – information, consultation or co-determination?"),
                                of("Hvordan påvirker forslaget tilliden til hele AI-forløbet?",
                                        "How does the proposal affect trust in the whole AI programme?"))),
                new LeadershipCase("a-ruling-that-does-not-exist",
                        of("En afgørelse, der ikke findes", "A ruling that does not exist"),
                        of("Et juridisk notat til et udvalg henviste til en afgørelse fra Ankestyrelsen, som ikke findes. Juristen havde "
                                        + "brugt AI til at finde praksis under tidspres. Ingen opdagede det før en advokat for modparten. "
                                        + "Teamet bruger nu AI i hemmelighed eller slet ikke.",
                                "A legal memo to a committee cited a ruling from the National Social Appeals Board that does not exist. The "
                                        + "lawyer had used AI to find case law under time pressure. Nobody noticed until the other party's "
                                        + "lawyer did. The team now uses AI in secret or not at all."),
                        List.of(of("Hvad skal være fast i arbejdsgangen, så en henvisning altid tjekkes mod kilden?",
                                        "What must be fixed in the workflow so a reference is always checked against the source?"),
                                of("Hvordan går du selv forrest med nysgerrighed og gør det trygt at tale åbent om brugen?",
                                        "How do you lead with your own curiosity and make it safe to talk openly about use?"))));
    }

    @Override
    public Map<AttitudeType, List<Offer>> offersByAttitude() {
        return Map.of(
                AttitudeType.WORRIED, List.of(
                        new Offer("fictitious-staff-matters", of("Øv på opdigtede sager", "Practise on invented cases"),
                                of("Et øverum med opdigtede personalesager og klager, hvor du kan prøve AI uden at røre rigtige "
                                                + "personoplysninger, og hvor en jurist forklarer grænserne.",
                                        "A practice room with invented staff matters and complaints where you can try AI without touching "
                                                + "real personal data, with a lawyer explaining the limits."))),
                AttitudeType.OPPORTUNITY_SEEKING, List.of(
                        new Offer("legal-research-pilot", of("Pilot: juridisk research med kildekontrol", "Pilot: legal research with source checks"),
                                of("Afprøv et godkendt værktøj til juridisk research først, og udvikl den kontrolrutine, resten af teamet skal bruge.",
                                        "Try an approved legal-research tool first, and develop the checking routine the rest of the team will use."))),
                AttitudeType.PRAGMATIC, List.of(
                        new Offer("onboarding-kit", of("Afprøvet onboarding-pakke", "Tested onboarding kit"),
                                of("Prompts og skabeloner til velkomstbreve, tjeklister og introduktionsplaner, som en anden enhed har målt tidsbesparelsen på.",
                                        "Prompts and templates for welcome letters, checklists and introduction plans that another unit has "
                                                + "measured the time saving of."))),
                AttitudeType.CRITICAL, List.of(
                        new Offer("good-administration-dialogue", of("Dialog om god forvaltning", "Dialogue on good administration"),
                                of("En faglig drøftelse af begrundelsespligt, ligebehandling og partshøring, når AI bruges i afgørelser om "
                                                + "borgere og medarbejdere.",
                                        "A professional discussion of the duty to give reasons, equal treatment and consultation of parties when "
                                                + "AI is used in decisions about citizens and staff."))),
                AttitudeType.WAITING, List.of(
                        new Offer("one-summary-per-week", of("Ét resumé om ugen", "One summary a week"),
                                of("Lad AI sammenfatte én offentlig afgørelse eller vejledning om ugen, og tjek den mod kilden med en kollega.",
                                        "Let AI summarise one public ruling or guidance note a week, and check it against the source with a colleague."))));
    }
}
