package dk.spor.plugins.communication;

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

/** Communication in staff functions: press, web, social media and internal communication. */
@Extension
public class CommunicationSector implements SectorExtension {

    static final String ID = "sector-communication";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text name() {
        return of("Kommunikation i stabsfunktioner", "Communication in staff functions");
    }

    @Override
    public List<Text> targetGroups() {
        return List.of(
                of("Kommunikations- og pressemedarbejdere", "Communication and press officers"),
                of("Webredaktører og medarbejdere med ansvar for sociale medier", "Web editors and social-media staff"),
                of("Medarbejdere med intern kommunikation og forandringskommunikation", "Staff for internal and change communication"));
    }

    @Override
    public List<ModuleTemplate> moduleTemplates() {
        return List.of(
                new ModuleTemplate("ai-in-the-communication-team",
                        of("AI i kommunikationsarbejdet – hurtigere, men stadig kommunens stemme", "AI in communication work – faster, yet still the municipality's voice"),
                        List.of(of("Kunne bruge AI til udkast, vinkler og omskrivninger og selv stå inde for den endelige tekst",
                                        "Use AI for drafts, angles and rewrites while vouching for the final text yourself"),
                                of("Kende reglerne for upublicerede oplysninger, embargo og personoplysninger i prompts",
                                        "Know the rules for unpublished information, embargoes and personal data in prompts")),
                        List.of(of("Black box, bias og sandsynligheder: hvorfor AI skriver troværdigt om ting, der ikke er sket",
                                        "Black box, bias and probabilities: why AI writes convincingly about things that never happened"),
                                of("Kommunens tone og sprogpolitik som prompt", "The municipality's tone of voice and language policy as a prompt"),
                                of("Øvelse: fra byrådsbeslutning til nyhed, SoMe-opslag og nyhedsbrev", "Exercise: from council decision to news item, social post and newsletter"),
                                of("Aftal læringsmål til aktionslæringen", "Agree learning goals for action learning")),
                        180, Delivery.IN_PERSON, ModuleKind.PROGRESSIVE),
                new ModuleTemplate("plain-language-and-accessibility",
                        of("Klart sprog, tilgængelighed og flere sprog på web", "Plain language, accessibility and several languages on the web"),
                        List.of(of("Kunne sænke LIX og skrive alternative tekster til billeder, der lever op til webtilgængelighedsloven",
                                        "Lower the LIX and write alternative texts for images that meet the web accessibility act"),
                                of("Kunne tilpasse et budskab til målgrupper og sprog og få det kvalitetstjekket",
                                        "Adapt a message to audiences and languages and have it quality-checked")),
                        List.of(of("Opfølgning på læringsmål fra sidste modul", "Follow-up on learning goals from the last module"),
                                of("Før og efter: tre af kommunens mest læste sider", "Before and after: three of the municipality's most-read pages"),
                                of("Oversættelse af borgerinformation: hvem tjekker den?", "Translating citizen information: who checks it?")),
                        150, Delivery.IN_PERSON, ModuleKind.PROGRESSIVE),
                new ModuleTemplate("crisis-and-press",
                        of("Presse og krisekommunikation – hvor AI hjælper, og hvor den ikke må", "Press and crisis communication – where AI helps and where it must not"),
                        List.of(of("Kunne bruge AI til at forberede spørgsmål og svar uden at lægge fortrolige oplysninger i værktøjet",
                                        "Use AI to prepare questions and answers without putting confidential information into the tool")),
                        List.of(of("Case: en skybrudsnat og 400 henvendelser på sociale medier", "Case: a cloudburst night and 400 social-media messages"),
                                of("Citater, der aldrig blev sagt: regler for AI og citater", "Quotes never said: rules for AI and quotes")),
                        120, Delivery.IN_PERSON, ModuleKind.ELECTIVE),
                new ModuleTemplate("images-and-labelling",
                        of("AI-billeder, mærkning og ophavsret", "AI images, labelling and copyright"),
                        List.of(of("Kende kommunens regler for AI-genererede billeder og kunne mærke dem korrekt",
                                        "Know the municipality's rules for AI-generated images and label them correctly")),
                        List.of(of("Hvornår et AI-billede skader tilliden", "When an AI image damages trust"),
                                of("Ophavsret, licens og billeder af genkendelige personer", "Copyright, licences and images of recognisable people")),
                        90, Delivery.ONLINE, ModuleKind.ELECTIVE));
    }

    @Override
    public List<String> recommendedUseCaseIds() {
        return List.of("8.3", "8.5", "8.6", "8.7", "7.4", "7.7", "7.10", "9.4", "6.1", "6.4", "9.2");
    }

    @Override
    public List<UseCase> ownUseCases() {
        return List.of(
                new UseCase("sector-communication-alt-texts",
                        of("Alternative tekster til billeder på hjemmesiden", "Alternative texts for images on the website"),
                        of("AI foreslår alternative tekster til billeder, så skærmlæsere kan læse siden op; webredaktøren retter og godkender.",
                                "AI suggests alternative texts for images so screen readers can read the page aloud; the web editor edits and approves."),
                        List.of("service", "time"),
                        List.of(of("Beskrivelsen kan gætte forkert på, hvem eller hvad der er på billedet", "The description may guess wrongly who or what is in the picture"))),
                new UseCase("sector-communication-one-decision-many-channels",
                        of("Én beslutning, mange kanaler", "One decision, many channels"),
                        of("AI omsætter en byrådsbeslutning til udkast til nyhed, opslag på sociale medier og tekst til nyhedsbrev i kommunens tone.",
                                "AI turns a council decision into drafts for a news item, a social-media post and newsletter copy in the municipality's tone."),
                        List.of("time", "quality"),
                        List.of(of("Politiske nuancer kan forsvinde i forenklingen", "Political nuances may vanish in simplification"),
                                of("Upubliceret materiale i et ikke-godkendt værktøj", "Unpublished material in a non-approved tool"))));
    }

    @Override
    public List<LeadershipCase> leadershipCases() {
        return List.of(
                new LeadershipCase("ai-images-in-the-recruitment-campaign",
                        of("AI-billeder i rekrutteringskampagnen", "AI images in the recruitment campaign"),
                        of("Kampagnen for at rekruttere sosu-assistenter skal ud om en uge, og fotografen er aflyst. En medarbejder har "
                                        + "lavet flotte AI-billeder af 'glade medarbejdere på plejecentret'. Direktøren er begejstret. "
                                        + "Plejepersonalet siger, at det er et glansbillede af en hverdag, de ikke kender, og kommunen har "
                                        + "lovet at mærke AI-indhold.",
                                "The campaign to recruit social and health care assistants goes out in a week, and the photographer has "
                                        + "cancelled. A staff member has made striking AI images of 'happy staff at the care home'. The director "
                                        + "is delighted. Care staff say it is a glossy picture of a working day they do not recognise, and the "
                                        + "municipality has promised to label AI content."),
                        List.of(of("Hvad sker der med troværdigheden, hvis billederne bliver afsløret som AI?",
                                        "What happens to credibility if the images are revealed as AI?"),
                                of("Hvordan ser du muligheden og kommunikerer samtidig grænsen – også til direktøren?",
                                        "How do you see the possibility while communicating the limit – to the director as well?"),
                                of("Hvem skulle have været spurgt, før billederne blev lavet?",
                                        "Who should have been asked before the images were made?"))),
                new LeadershipCase("more-output-or-better-communication",
                        of("Flere nyheder eller bedre kommunikation?", "More news or better communication?"),
                        of("Teamet skriver nu nyheder og opslag på halvdelen af tiden. Forvaltningerne har opdaget det og bestiller "
                                        + "dobbelt så mange. Medarbejderne havde håbet at bruge tiden på at tale med borgerne og gøre "
                                        + "hjemmesiden lettere at forstå. Der står intet om frigjort tid i rammen.",
                                "The team now writes news items and posts in half the time. The departments have noticed and order twice "
                                        + "as many. Staff had hoped to use the time talking to citizens and making the website easier to "
                                        + "understand. The frame says nothing about freed time."),
                        List.of(of("Hvem bestemmer, hvad den frigjorte tid bruges på, og hvordan får medarbejderne indflydelse?",
                                        "Who decides how freed time is used, and how do staff get a say?"),
                                of("Hvad vil I holde op med at gøre for at gøre plads til det vigtige?",
                                        "What will you stop doing to make room for what matters?"),
                                of("Hvordan viser I ledelsen effekten af bedre frem for mere?",
                                        "How do you show management the effect of better rather than more?"))));
    }

    @Override
    public Map<AttitudeType, List<Offer>> offersByAttitude() {
        return Map.of(
                AttitudeType.WORRIED, List.of(
                        new Offer("draft-never-published", of("Udkast, der aldrig publiceres", "Drafts that are never published"),
                                of("Øv på gamle, allerede publicerede nyheder i et godkendt værktøj, og sammenlign med det, I skrev selv. "
                                                + "Intet går ud til nogen.",
                                        "Practise on old, already published news in an approved tool and compare with what you wrote yourselves. "
                                                + "Nothing goes out to anyone."))),
                AttitudeType.OPPORTUNITY_SEEKING, List.of(
                        new Offer("new-formats-lab", of("Laboratorium for nye formater", "Lab for new formats"),
                                of("Afprøv AI til lyd, video og undertekster før resten af teamet, og skriv retningslinjerne, andre kan følge.",
                                        "Try AI for audio, video and subtitles before the rest of the team, and write the guidelines others can follow."))),
                AttitudeType.PRAGMATIC, List.of(
                        new Offer("tone-of-voice-prompt", of("Færdig prompt med kommunens tone", "Ready prompt in the municipality's tone"),
                                of("En afprøvet prompt bygget på sprogpolitikken til nyheder og nyhedsbreve, med målt tid før og efter.",
                                        "A tested prompt built on the language policy for news and newsletters, with time measured before and after."))),
                AttitudeType.CRITICAL, List.of(
                        new Offer("trust-and-authenticity-dialogue", of("Dialog om tillid og ægthed", "Dialogue on trust and authenticity"),
                                of("En drøftelse af, hvornår borgerne har krav på at vide, at en tekst eller et billede er lavet med AI, "
                                                + "og hvad det betyder for kommunens troværdighed.",
                                        "A discussion of when citizens are entitled to know a text or image was made with AI, and what that "
                                                + "means for the municipality's credibility."))),
                AttitudeType.WAITING, List.of(
                        new Offer("one-headline-a-day", of("Én overskrift om dagen", "One headline a day"),
                                of("Bed om fem forslag til overskrift på dagens nyhed, og vælg med en kollega. Et lille, konkret skridt.",
                                        "Ask for five headline options for today's news item and choose with a colleague. A small, concrete step."))));
    }
}
