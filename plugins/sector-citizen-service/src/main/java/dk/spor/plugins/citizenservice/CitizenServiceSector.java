package dk.spor.plugins.citizenservice;

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

/** Citizen service (borgerservice): the counter, the phones and help with digital self-service. */
@Extension
public class CitizenServiceSector implements SectorExtension {

    static final String ID = "sector-citizen-service";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text name() {
        return of("Borgerservice: skranke, telefon og digital selvbetjening",
                "Citizen service: counter, phone and digital self-service");
    }

    @Override
    public List<Text> targetGroups() {
        return List.of(
                of("Borgerservicemedarbejdere ved skranken og i telefonen", "Citizen-service staff at the counter and on the phone"),
                of("Medarbejdere i pas, kørekort, folkeregister og sygesikring", "Staff for passports, driving licences, the civil register and health insurance"),
                of("Digitaliseringsvejledere og medarbejdere i den fælles indgang", "Digital-inclusion advisers and staff at the shared front door"));
    }

    @Override
    public List<ModuleTemplate> moduleTemplates() {
        return List.of(
                new ModuleTemplate("ai-at-the-counter",
                        of("AI ved skranken og i telefonen – hvad kan det, og hvad må det?", "AI at the counter and on the phone – what can it do, and what may it do?"),
                        List.of(of("Kende forskel på et svarforslag og et svar, borgeren kan regne med", "Know the difference between a suggested reply and an answer a citizen can rely on"),
                                of("Kunne formulere en henvendelse uden CPR-nummer og andre personoplysninger", "Be able to phrase an enquiry without a CPR number or other personal data")),
                        List.of(of("Black box, bias og sandsynligheder: hvorfor et flydende svar kan være forkert", "Black box, bias and probabilities: why a fluent answer can be wrong"),
                                of("GDPR, tavshedspligt og godkendte værktøjer i borgerservice", "GDPR, confidentiality and approved tools in citizen service"),
                                of("Øvelse: lad AI foreslå svar på ti typiske henvendelser om pas, flytning og sygesikring", "Exercise: let AI suggest replies to ten typical enquiries on passports, moving and health insurance"),
                                of("Aftal læringsmål til aktionslæringen før åbningstid", "Agree learning goals for action learning before opening hours")),
                        180, Delivery.IN_PERSON, ModuleKind.PROGRESSIVE),
                new ModuleTemplate("plain-language-and-translation",
                        of("Klart sprog og oversættelse i borgerkontakten", "Plain language and translation in citizen contact"),
                        List.of(of("Kunne omskrive en standardtekst til lavere LIX uden at ændre indholdet", "Rewrite a standard text to a lower LIX without changing its content"),
                                of("Kunne bruge oversættelse som hjælp og vide, at den danske tekst er den gældende", "Use translation as help, knowing the Danish text is the one that applies")),
                        List.of(of("Opfølgning på læringsmål fra sidste modul", "Follow-up on learning goals from the last module"),
                                of("Tekster til tidsbestilling og skranke: før og efter", "Texts for appointment booking and the counter: before and after"),
                                of("Oversættelse af henvendelser og breve: hvornår skal der en tolk til?", "Translating enquiries and letters: when is an interpreter needed?"),
                                of("Kvalitetstjek af oversættelser med en kollega, der taler sproget", "Checking translations with a colleague who speaks the language")),
                        150, Delivery.IN_PERSON, ModuleKind.PROGRESSIVE),
                new ModuleTemplate("chatbot-and-phone-quality",
                        of("Chatbot og telefonrobot: kvalitet, overlevering og de borgere, der falder udenfor", "Chatbot and phone robot: quality, handover and the citizens left out"),
                        List.of(of("Kunne teste en chatbots svar mod gældende regler og melde fejl", "Test a chatbot's answers against current rules and report errors"),
                                of("Kunne sikre en god overlevering fra robot til menneske", "Ensure a good handover from robot to person")),
                        List.of(of("Sådan virker en chatbot, og hvorfor den kan opfinde svar", "How a chatbot works and why it can invent answers"),
                                of("Øvelse: testpanel på tyve rigtige spørgsmål fra sidste måned", "Exercise: a test panel on twenty real questions from last month"),
                                of("Digitalt udsatte borgere: hvem må aldrig stå alene med en robot?", "Digitally excluded citizens: who must never be left alone with a robot?")),
                        120, Delivery.IN_PERSON, ModuleKind.ELECTIVE),
                new ModuleTemplate("documents-and-fraud",
                        of("Ægthed af dokumenter og svindelforsøg", "Authenticity of documents and attempted fraud"),
                        List.of(of("Kende mulighederne og grænserne for AI-hjælp til at vurdere pas og andre dokumenter", "Know what AI help can and cannot do when assessing passports and other documents")),
                        List.of(of("Sådan ser et værktøj efter forfalskninger – og hvad det overser", "How a tool looks for forgeries – and what it misses"),
                                of("Bias: når værktøjet oftere mistænker bestemte nationaliteter", "Bias: when the tool suspects certain nationalities more often")),
                        90, Delivery.ONLINE, ModuleKind.ELECTIVE));
    }

    @Override
    public List<String> recommendedUseCaseIds() {
        return List.of("5.1", "5.2", "5.3", "5.4", "5.5", "7.1", "7.3", "7.4", "7.6", "7.7", "7.11", "8.6", "9.1");
    }

    @Override
    public List<UseCase> ownUseCases() {
        return List.of(
                new UseCase("sector-citizen-service-self-service-walkthrough",
                        of("Trin-for-trin-vejledning i selvbetjening", "Step-by-step guide to self-service"),
                        of("AI skriver en kort, personlig trin-for-trin-vejledning til en selvbetjeningsløsning, som medarbejderen "
                                        + "gennemgår med borgeren ved skranken og giver med hjem.",
                                "AI writes a short, personal step-by-step guide to a self-service solution, which staff go through with the "
                                        + "citizen at the counter and hand over to take home."),
                        List.of("service", "time"),
                        List.of(of("Vejledningen kan beskrive skærmbilleder, der er ændret", "The guide may describe screens that have changed"),
                                of("Borgeren kan blive mødt af tekst i stedet for hjælp", "The citizen may get text instead of help"))),
                new UseCase("sector-citizen-service-peak-season-faq",
                        of("Svar-bank til passæsonen", "Reply bank for passport season"),
                        of("AI samler de hyppigste spørgsmål fra sidste sæson til en svar-bank, som teamet retter og godkender før sommerens travlhed.",
                                "AI gathers last season's most frequent questions into a reply bank that the team edits and approves before the summer rush."),
                        List.of("time", "service"),
                        List.of(of("Gebyrer og regler kan være ændret siden sidste år", "Fees and rules may have changed since last year"))));
    }

    @Override
    public List<LeadershipCase> leadershipCases() {
        return List.of(
                new LeadershipCase("chatbot-and-shorter-opening-hours",
                        of("Chatbotten virker – skal skranken så lukke en dag?", "The chatbot works – should the counter close one day a week?"),
                        of("Efter et halvt år besvarer chatbotten fire ud af ti spørgsmål uden for åbningstiden, og telefonkøen er "
                                        + "faldet. Et politisk udvalg foreslår at lukke skranken om onsdagen og spare en stilling. Medarbejderne "
                                        + "frygter for jobbet, og flere peger på de ældre og digitalt udsatte borgere, der kun kommer onsdag "
                                        + "formiddag. Ingen har endnu målt, hvor mange af chatbottens svar der var forkerte.",
                                "After six months the chatbot answers four in ten questions outside opening hours, and the phone queue has "
                                        + "shrunk. A political committee proposes closing the counter on Wednesdays and saving a post. Staff fear "
                                        + "for their jobs, and several point to the older and digitally excluded citizens who come only on "
                                        + "Wednesday mornings. Nobody has yet measured how many of the chatbot's answers were wrong."),
                        List.of(of("Hvilke gevinster blev lovet i rammen, og hvem skulle have dem – borgerne, medarbejderne eller budgettet?",
                                        "Which gains did the frame promise, and who was to get them – citizens, staff or the budget?"),
                                of("Hvad skal I vide om chatbottens fejl, før I kan anbefale noget?",
                                        "What must you know about the chatbot's errors before you can recommend anything?"),
                                of("Hvordan taler du ærligt med medarbejderne om jobsikkerhed, når beslutningen ikke er din?",
                                        "How do you speak honestly with staff about job security when the decision is not yours?"),
                                of("Hvilke borgere mister mest, og hvordan får I deres stemme med?",
                                        "Which citizens lose most, and how do you bring their voice in?"))),
                new LeadershipCase("translation-app-on-a-private-phone",
                        of("Oversættelse på den private telefon", "Translation on a private phone"),
                        of("En travl mandag hjælper en medarbejder en nytilkommen borger ved at tale gennem en gratis oversættelsesapp på "
                                        + "sin private telefon. Borgeren får hjælp og går glad derfra, men samtalen handlede om en sygesikring og "
                                        + "en adresse. Kollegerne synes, det var god service. Informationssikkerhed siger, at personoplysninger "
                                        + "er sendt til en tjeneste uden databehandleraftale.",
                                "On a busy Monday a staff member helps a newly arrived citizen by speaking through a free translation app on "
                                        + "their private phone. The citizen gets help and leaves satisfied, but the conversation was about health "
                                        + "insurance and an address. Colleagues think it was good service. Information security says personal data "
                                        + "has been sent to a service with no data-processing agreement."),
                        List.of(of("Hvordan anerkender du servicen og holder samtidig fast i reglerne?",
                                        "How do you recognise the service while holding firm on the rules?"),
                                of("Hvad skulle medarbejderne have haft i stedet, og hvorfor havde de det ikke?",
                                        "What should staff have had instead, and why did they not have it?"),
                                of("Hvordan gør I det trygt at fortælle om fejl, så de ikke gemmes væk?",
                                        "How do you make it safe to report mistakes so they are not hidden?"))),
                new LeadershipCase("passport-season-and-protected-time",
                        of("Passæson og beskyttet tid", "Passport season and protected time"),
                        of("Aktionslæringen ligger kl. 8–10, før skranken åbner. I maj vokser køen af sager, der skal ekspederes før "
                                        + "åbning, og teamlederen vil aflyse to blokke. Superbrugeren mener, at netop nu kunne svar-banken til "
                                        + "passæsonen spare mest tid.",
                                "Action learning is booked 08:00–10:00, before the counter opens. In May the queue of cases to clear before "
                                        + "opening grows, and the team leader wants to cancel two blocks. The support person argues that this is "
                                        + "exactly when the passport-season reply bank could save the most time."),
                        List.of(of("Hvad betyder det for troværdigheden af 'beskyttet arbejdstid', hvis den aflyses i travle perioder?",
                                        "What does cancelling in busy periods do to the credibility of 'protected working time'?"),
                                of("Hvordan sætter du retning, når du selv er novice i, hvad AI kan spare?",
                                        "How do you set direction when you are yourself a novice in what AI can save?"))));
    }

    @Override
    public Map<AttitudeType, List<Offer>> offersByAttitude() {
        return Map.of(
                AttitudeType.WORRIED, List.of(
                        new Offer("counter-role-play", of("Rollespil ved en lukket skranke", "Role play at a closed counter"),
                                of("Øv svarforslag på opdigtede borgere i et godkendt værktøj før åbningstid, med en superbruger ved siden af. "
                                                + "Fejl her rammer ingen borger.",
                                        "Practise suggested replies on invented citizens in an approved tool before opening hours, with a support "
                                                + "person alongside. Mistakes here affect no citizen."))),
                AttitudeType.OPPORTUNITY_SEEKING, List.of(
                        new Offer("chatbot-test-panel", of("Testpanel for chatbotten", "Chatbot test panel"),
                                of("Vær med til at teste chatbottens svar, før nye emner går i luften, og foreslå forbedringer inden for "
                                                + "rammen for sikkerhed og GDPR.",
                                        "Help test the chatbot's answers before new topics go live and propose improvements within the "
                                                + "security and GDPR frame."))),
                AttitudeType.PRAGMATIC, List.of(
                        new Offer("reply-library-top-ten", of("Svarbibliotek til de ti hyppigste henvendelser", "Reply library for the ten most frequent enquiries"),
                                of("Afprøvede prompts og svarskabeloner om pas, kørekort, flytning og sygesikring, med målt tidsforbrug før og efter.",
                                        "Tested prompts and reply templates on passports, driving licences, moving and health insurance, with "
                                                + "time measured before and after."))),
                AttitudeType.CRITICAL, List.of(
                        new Offer("digital-exclusion-dialogue", of("Dialog om digitalt udsatte borgere", "Dialogue on digitally excluded citizens"),
                                of("En faglig samtale om ligebehandling: hvem får bedre service af AI, og hvem risikerer at blive tabt?",
                                        "A professional conversation on equal treatment: who gets better service from AI, and who risks being left behind?"))),
                AttitudeType.WAITING, List.of(
                        new Offer("one-reply-before-opening", of("Ét svar før åbning", "One reply before opening"),
                                of("Hver morgen i aktionslæringsugen: lad AI foreslå ét svar på en rigtig henvendelse uden personoplysninger, "
                                                + "og sammenlign med en kollega.",
                                        "Every morning in the action-learning week: let AI suggest one reply to a real enquiry without personal "
                                                + "data, and compare with a colleague."))));
    }
}
