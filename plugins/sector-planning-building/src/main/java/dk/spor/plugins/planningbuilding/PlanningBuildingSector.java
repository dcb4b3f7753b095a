package dk.spor.plugins.planningbuilding;

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

/** Planning, environment and building cases: building permits, local and municipal plans, environmental cases. */
@Extension
public class PlanningBuildingSector implements SectorExtension {

    static final String ID = "sector-planning-building";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text name() {
        return of("Plan, miljø og byggesag", "Planning, environment and building cases");
    }

    @Override
    public List<Text> targetGroups() {
        return List.of(
                of("Byggesagsbehandlere", "Building case officers"),
                of("Planlæggere, der arbejder med kommune- og lokalplaner", "Planners working on municipal and local plans"),
                of("Miljømedarbejdere: natur, jord, spildevand og virksomheder", "Environmental officers: nature, soil, wastewater and businesses"),
                of("Trafik- og vejmedarbejdere", "Traffic and roads staff"));
    }

    @Override
    public List<ModuleTemplate> moduleTemplates() {
        return List.of(
                new ModuleTemplate("ai-in-building-cases",
                        of("AI i byggesagen – fra ansøgning til afgørelse", "AI in building cases – from application to decision"),
                        List.of(of("Kunne bruge AI til at finde mangler i en ansøgning og skrive en klar anmodning om oplysninger",
                                        "Use AI to find gaps in an application and write a clear request for information"),
                                of("Kende forskel på et forslag fra et værktøj og en afgørelse efter byggeloven og planloven",
                                        "Know the difference between a tool's suggestion and a decision under the Building Act and the Planning Act")),
                        List.of(of("Black box, bias og sandsynligheder: hvorfor AI kan læse en lokalplanbestemmelse forkert",
                                        "Black box, bias and probabilities: why AI can misread a local-plan provision"),
                                of("Personoplysninger i byggesager: ansøgere, naboer og partshøring", "Personal data in building cases: applicants, neighbours and consultation of parties"),
                                of("Øvelse: tjek en fiktiv ansøgning om carport mod en lokalplan", "Exercise: check a fictitious application for a carport against a local plan"),
                                of("Aftal læringsmål til aktionslæringen", "Agree learning goals for action learning")),
                        180, Delivery.IN_PERSON, ModuleKind.PROGRESSIVE),
                new ModuleTemplate("consultation-responses",
                        of("Høringssvar med AI – hurtigere, men alle bliver hørt", "Consultation responses with AI – faster, yet everyone is heard"),
                        List.of(of("Kunne lade AI sortere høringssvar efter tema og kontrollere, at intet svar er tabt",
                                        "Let AI sort consultation responses by theme and check that no response has been lost"),
                                of("Kunne beskrive metoden i hvidbogen, så politikere og borgere kan se, hvordan svarene er behandlet",
                                        "Describe the method in the consultation report so politicians and citizens can see how responses were handled")),
                        List.of(of("Opfølgning på læringsmål fra sidste modul", "Follow-up on learning goals from the last module"),
                                of("Øvelse: 200 anonymiserede høringssvar til et lokalplanforslag", "Exercise: 200 anonymised responses to a draft local plan"),
                                of("Stikprøver: hvordan tjekker vi, at temaerne er rigtige?", "Sampling: how do we check the themes are right?"),
                                of("Hvad kræver planloven af behandlingen af indsigelser?", "What does the Planning Act require of how objections are handled?")),
                        150, Delivery.IN_PERSON, ModuleKind.PROGRESSIVE),
                new ModuleTemplate("environmental-reports",
                        of("Lange miljørapporter og tekniske notater", "Long environmental reports and technical notes"),
                        List.of(of("Kunne få et overblik over en miljøkonsekvensrapport og finde de steder, der skal læses grundigt",
                                        "Get an overview of an environmental impact report and find the passages that must be read closely")),
                        List.of(of("Resuméer: hvad falder ud, når 300 sider bliver til én?", "Summaries: what drops out when 300 pages become one?"),
                                of("Kildehenvisninger og sidetal som krav til ethvert resumé", "References and page numbers as a requirement for every summary")),
                        120, Delivery.IN_PERSON, ModuleKind.ELECTIVE),
                new ModuleTemplate("traffic-and-map-data",
                        of("Trafikdata og kort", "Traffic data and maps"),
                        List.of(of("Kende mulighederne i AI-analyse af trafiktællinger og billeder af trafikstrømme",
                                        "Know what AI analysis of traffic counts and images of traffic flows can offer")),
                        List.of(of("Eksempler fra trafiksikkerhedsplaner", "Examples from traffic-safety plans"),
                                of("Kameraer og personoplysninger i det offentlige rum", "Cameras and personal data in public space")),
                        90, Delivery.ONLINE, ModuleKind.ELECTIVE));
    }

    @Override
    public List<String> recommendedUseCaseIds() {
        return List.of("2.2", "2.3", "4.5", "4.6", "4.7", "1.4", "6.1", "6.4", "7.7", "8.6", "8.7", "9.2");
    }

    @Override
    public List<UseCase> ownUseCases() {
        return List.of(
                new UseCase("sector-planning-building-local-plan-check",
                        of("Tjek af ansøgning mod lokalplan", "Checking an application against the local plan"),
                        of("AI sammenholder en byggeansøgning med lokalplanens bestemmelser og lister mulige afvigelser, som "
                                        + "sagsbehandleren vurderer, fx om der kræves dispensation.",
                                "AI compares a building application with the provisions of the local plan and lists possible deviations "
                                        + "for the case officer to assess, for instance whether an exemption is needed."),
                        List.of("time", "quality"),
                        List.of(of("Værktøjet kan overse en bestemmelse eller en servitut", "The tool may miss a provision or an easement"),
                                of("En oplistning kan ligne en afgørelse", "A list may look like a decision"))),
                new UseCase("sector-planning-building-neighbour-letter",
                        of("Forståeligt brev til naboer ved partshøring", "Understandable letter to neighbours at consultation"),
                        of("AI foreslår et kort brev i klart sprog, der forklarer naboer, hvad der søges om, og hvad de kan gøre.",
                                "AI suggests a short plain-language letter explaining to neighbours what is applied for and what they can do."),
                        List.of("service", "time"),
                        List.of(of("Forenklingen kan udelade en frist eller en klagevejledning", "Simplifying may drop a deadline or the guidance on appeals"))));
    }

    @Override
    public List<LeadershipCase> leadershipCases() {
        return List.of(
                new LeadershipCase("fourteen-hundred-objections",
                        of("1.400 indsigelser mod solcelleparken", "1,400 objections to the solar park"),
                        of("Forslaget til lokalplan for en solcellepark har fået 1.400 høringssvar. Med AI kan de sorteres efter tema "
                                        + "på to dage i stedet for tre uger, og udvalget vil gerne behandle planen før sommerferien. "
                                        + "Planlæggerne er delte: nogle vil bruge tiden på at læse de svære svar grundigt, andre frygter, at "
                                        + "borgerne vil føle sig behandlet af en maskine. En lokal forening har allerede spurgt, om kommunen "
                                        + "bruger AI på deres indsigelser.",
                                "The draft local plan for a solar park has received 1,400 consultation responses. With AI they can be "
                                        + "sorted by theme in two days instead of three weeks, and the committee wants to decide before the "
                                        + "summer break. Planners are split: some want to use the time to read the difficult responses "
                                        + "closely, others fear citizens will feel processed by a machine. A local association has already "
                                        + "asked whether the municipality uses AI on their objections."),
                        List.of(of("Hvad skal I kunne dokumentere for at vise, at alle indsigelser er taget i betragtning?",
                                        "What must you be able to document to show that every objection was considered?"),
                                of("Hvad svarer I foreningen – og hvem svarer?", "What do you tell the association – and who answers?"),
                                of("Hvem får gevinsten: udvalget, planlæggerne eller borgerne?",
                                        "Who gets the gain: the committee, the planners or the citizens?"),
                                of("Hvordan jagter I gevinsten og sikrer samtidig en lovlig proces?",
                                        "How do you chase the gain while ensuring a lawful process?"))),
                new LeadershipCase("automatic-requests-for-missing-documents",
                        of("Automatiske mangelbreve i byggesager", "Automatic letters about missing documents in building cases"),
                        of("Sagsbehandlingstiderne for enfamiliehuse er for lange, og ledelsen vil lade AI tjekke nye ansøgninger for "
                                        + "mangler og sende mangelbrevet automatisk. De nye sagsbehandlere er begejstrede. De erfarne frygter "
                                        + "forkerte krav til ansøgerne, dårlig stemning hos de lokale rådgivere og at ingen længere ser sagen "
                                        + "som en helhed.",
                                "Processing times for single-family houses are too long, and management wants AI to check new "
                                        + "applications for gaps and send the request for missing documents automatically. New case officers "
                                        + "are enthusiastic. Experienced ones fear wrong demands on applicants, friction with local advisers and "
                                        + "that nobody sees the case as a whole any more."),
                        List.of(of("Hvad skal være fast, og hvad kan teamet selv være med til at forme?",
                                        "What must be fixed, and what can the team help shape?"),
                                of("Hvordan bruger du de erfarnes skepsis som kvalitetssikring i stedet for modstand?",
                                        "How do you use the experienced staff's scepticism as quality assurance rather than resistance?"),
                                of("Hvad er det mindste forsøg, der kan vise, om det virker?",
                                        "What is the smallest trial that can show whether it works?"))));
    }

    @Override
    public Map<AttitudeType, List<Offer>> offersByAttitude() {
        return Map.of(
                AttitudeType.WORRIED, List.of(
                        new Offer("practice-on-closed-cases", of("Øv på afsluttede sager", "Practise on closed cases"),
                                of("Brug AI på en afsluttet, anonymiseret byggesag, hvor afgørelsen allerede er kendt, og se, hvor "
                                                + "værktøjet rammer og fejler. Intet kan gå galt for en ansøger.",
                                        "Use AI on a closed, anonymised building case whose decision is already known, and see where the "
                                                + "tool hits and misses. Nothing can go wrong for an applicant."))),
                AttitudeType.OPPORTUNITY_SEEKING, List.of(
                        new Offer("consultation-pilot", of("Pilot på næste høring", "Pilot on the next consultation"),
                                of("Vær den, der prøver temasortering af høringssvar først og beskriver metoden, så andre kan bruge den.",
                                        "Be the one who first tries sorting consultation responses by theme and writes up the method for others."))),
                AttitudeType.PRAGMATIC, List.of(
                        new Offer("missing-documents-checklist", of("Afprøvet tjekliste for mangler", "Tested checklist for gaps"),
                                of("En prompt og tjekliste til de hyppigste ansøgningstyper, med målt tid sparet pr. sag.",
                                        "A prompt and checklist for the most common application types, with measured time saved per case."))),
                AttitudeType.CRITICAL, List.of(
                        new Offer("citizen-involvement-dialogue", of("Dialog om borgerinddragelse", "Dialogue on citizen involvement"),
                                of("En drøftelse af, hvad det betyder for borgernes tillid til planprocessen, at en maskine læser deres "
                                                + "indsigelser først, og hvad der skal til for at bevare den.",
                                        "A discussion of what it means for citizens' trust in planning that a machine reads their objections "
                                                + "first, and what it takes to keep that trust."))),
                AttitudeType.WAITING, List.of(
                        new Offer("one-summary-a-week", of("Ét resumé om ugen", "One summary a week"),
                                of("Lad AI lave ét resumé af et teknisk notat om ugen, og tjek det mod kilden sammen med en kollega.",
                                        "Let AI summarise one technical note a week, and check it against the source with a colleague."))));
    }
}
