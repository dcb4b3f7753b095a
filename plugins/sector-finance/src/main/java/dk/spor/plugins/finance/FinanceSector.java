package dk.spor.plugins.finance;

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

/** Finance tasks in staff functions: budget, accounts, payments and controlling. */
@Extension
public class FinanceSector implements SectorExtension {

    static final String ID = "sector-finance";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text name() {
        return of("Økonomiopgaver i stabsfunktioner", "Finance tasks in staff functions");
    }

    @Override
    public List<Text> targetGroups() {
        return List.of(
                of("Økonomikonsulenter og controllere", "Finance officers and controllers"),
                of("Budgetmedarbejdere i centrale og decentrale stabe", "Budget staff in central and local staff functions"),
                of("Bogholderi: kreditorer, debitorer og afstemning", "Accounting: payables, receivables and reconciliation"));
    }

    @Override
    public List<ModuleTemplate> moduleTemplates() {
        return List.of(
                new ModuleTemplate("ai-and-numbers",
                        of("AI og tal – hvad kan sprogmodeller, og hvad kan de ikke?", "AI and numbers – what language models can and cannot do"),
                        List.of(of("Vide, at en sprogmodel ikke regner, men gætter sandsynlige tal, og altid lade regnearket eller "
                                                + "økonomisystemet regne", "Know that a language model does not calculate but guesses "
                                                + "likely numbers, and always let the spreadsheet or the finance system do the maths"),
                                of("Kunne vurdere, hvilke økonomidata der må bruges i hvilke værktøjer", "Judge which finance data may be used in which tools")),
                        List.of(of("Black box, bias og sandsynligheder – med eksempler på forkerte summer", "Black box, bias and probabilities – with examples of wrong totals"),
                                of("Dataklassifikation: CPR i betalinger, leverandørdata og fortrolige budgetforslag", "Data classification: CPR numbers in payments, supplier data and confidential budget proposals"),
                                of("Øvelse: lad AI forklare en afvigelse i et fiktivt regnskab og find fejlene", "Exercise: let AI explain a variance in fictitious accounts and find the errors"),
                                of("Aftal læringsmål til aktionslæringen", "Agree learning goals for action learning")),
                        180, Delivery.IN_PERSON, ModuleKind.PROGRESSIVE),
                new ModuleTemplate("budget-follow-up-texts",
                        of("Budgetopfølgning og politiske sager med AI", "Budget follow-up and political submissions with AI"),
                        List.of(of("Kunne lade AI skrive udkast til bemærkninger ud fra en afvigelsestabel og kontrollere hvert tal",
                                        "Let AI draft explanatory notes from a variance table and check every figure"),
                                of("Kunne gøre en økonomisag forståelig for politikere uden at miste præcision",
                                        "Make a finance submission understandable to politicians without losing precision")),
                        List.of(of("Opfølgning på læringsmål fra sidste modul", "Follow-up on learning goals from the last module"),
                                of("Fra tabel til tekst: hvem står inde for tallene?", "From table to text: who vouches for the figures?"),
                                of("Ensartede indstillinger: skabelon, tone og kvalitetstjek", "Consistent submissions: template, tone and quality check")),
                        150, Delivery.IN_PERSON, ModuleKind.PROGRESSIVE),
                new ModuleTemplate("anomalies-and-internal-control",
                        of("Afvigelser, mønstre og intern kontrol", "Anomalies, patterns and internal control"),
                        List.of(of("Kende mulighederne i mønstergenkendelse i posteringer og grænserne for, hvad et flag betyder",
                                        "Know what pattern recognition in postings can do and what a flag does and does not mean"),
                                of("Kunne dokumentere et spor fra data til konklusion, som revisionen kan følge",
                                        "Document a trail from data to conclusion that the auditors can follow")),
                        List.of(of("Falske positive: når en helt almindelig betaling ligner svindel", "False positives: when an ordinary payment looks like fraud"),
                                of("Medarbejderes udlæg og kørsel: kontrol uden overvågning", "Staff expenses and mileage: control without surveillance"),
                                of("Revisionsspor og ansvar", "Audit trail and accountability")),
                        120, Delivery.IN_PERSON, ModuleKind.ELECTIVE),
                new ModuleTemplate("spreadsheet-help",
                        of("Hjælp til formler, pivottabeller og makroer", "Help with formulas, pivot tables and macros"),
                        List.of(of("Kunne bede om en formel, forstå den og teste den på kendte tal før brug",
                                        "Ask for a formula, understand it and test it on known figures before use")),
                        List.of(of("Prompts til regnearksarbejde", "Prompts for spreadsheet work"),
                                of("Test på kendte tal: en enkel vane, der fanger de fleste fejl", "Testing on known figures: a simple habit that catches most errors")),
                        90, Delivery.ONLINE, ModuleKind.ELECTIVE));
    }

    @Override
    public List<String> recommendedUseCaseIds() {
        return List.of("4.1", "4.2", "4.3", "4.4", "4.6", "6.1", "6.4", "9.2", "9.3", "1.11");
    }

    @Override
    public List<UseCase> ownUseCases() {
        return List.of(
                new UseCase("sector-finance-budget-follow-up-notes",
                        of("Udkast til bemærkninger i budgetopfølgningen", "Draft notes for the budget follow-up"),
                        of("AI skriver udkast til forklarende bemærkninger ud fra afvigelsestabellen og institutionernes input; "
                                        + "økonomikonsulenten kontrollerer hvert tal mod systemet.",
                                "AI drafts explanatory notes from the variance table and the units' input; the finance officer checks "
                                        + "every figure against the system."),
                        List.of("time", "quality"),
                        List.of(of("Tal i teksten kan afvige fra tabellen", "Figures in the text may differ from the table"),
                                of("Fortrolige budgetforslag i et ikke-godkendt værktøj", "Confidential budget proposals in a non-approved tool"))),
                new UseCase("sector-finance-invoice-coding",
                        of("Forslag til kontering af fakturaer", "Suggested coding of invoices"),
                        of("AI foreslår konto og omkostningssted til indgående fakturaer ud fra tidligere konteringer; bogholderen godkender.",
                                "AI suggests account and cost centre for incoming invoices from earlier coding; the bookkeeper approves."),
                        List.of("time"),
                        List.of(of("Gamle fejl i konteringen bliver gentaget", "Old coding errors get repeated"),
                                of("Godkendelse kan blive et klik uden eftertanke", "Approval may become a click without thought"))));
    }

    @Override
    public List<LeadershipCase> leadershipCases() {
        return List.of(
                new LeadershipCase("wrong-figure-to-the-committee",
                        of("Et forkert tal i økonomiudvalgets sag", "A wrong figure in the finance committee's papers"),
                        of("Bemærkningerne til kvartalets budgetopfølgning blev skrevet med AI og sparede teamet en hel dag. I teksten "
                                        + "stod et merforbrug på 4,2 mio. kr., men tabellen viste 2,4 mio. kr. Fejlen blev opdaget af et "
                                        + "udvalgsmedlem på mødet. Direktionen spørger, om AI skal forbydes i politiske sager. Teamet er "
                                        + "flovt, og den medarbejder, der skrev teksten, har meldt sig syg.",
                                "The notes for the quarter's budget follow-up were written with AI and saved the team a whole day. The text "
                                        + "said an overspend of DKK 4.2 million, but the table showed DKK 2.4 million. A committee member spotted "
                                        + "the error at the meeting. The executive board asks whether AI should be banned in political "
                                        + "submissions. The team is embarrassed, and the employee who wrote the text has called in sick."),
                        List.of(of("Hvem har ansvaret for tallene – værktøjet, medarbejderen eller kontrollen i processen?",
                                        "Who is accountable for the figures – the tool, the employee or the control in the process?"),
                                of("Hvordan passer du på medarbejderen og lærer samtidig af fejlen i hele teamet?",
                                        "How do you look after the employee while the whole team learns from the mistake?"),
                                of("Hvad svarer du direktionen: forbud, eller en fast kontrol før afsendelse?",
                                        "What do you tell the executive board: a ban, or a fixed check before sending?"),
                                of("Hvordan kommunikerer du muligheder og begrænsninger opad i organisationen?",
                                        "How do you communicate possibilities and limits upwards in the organisation?"))),
                new LeadershipCase("flags-on-staff-expenses",
                        of("Når mønstergenkendelsen rammer kollegers udlæg", "When pattern recognition flags colleagues' expenses"),
                        of("Et værktøj til mønstergenkendelse i posteringer har fundet 120 usædvanlige transaktioner. Tolv af dem er "
                                        + "medarbejderes udlæg og kørselsgodtgørelse, og to af de navne kender alle i økonomiafdelingen. "
                                        + "Revisionen er glad for værktøjet. Tillidsrepræsentanten spørger, om det her er kontrol af "
                                        + "økonomien eller overvågning af medarbejderne.",
                                "A pattern-recognition tool on postings has found 120 unusual transactions. Twelve of them are staff "
                                        + "expenses and mileage claims, and everyone in finance knows two of the names. The auditors like the "
                                        + "tool. The union representative asks whether this is control of the finances or surveillance of staff."),
                        List.of(of("Hvad er formålet, og er det skrevet ned, før værktøjet blev sat i gang?",
                                        "What is the purpose, and was it written down before the tool was switched on?"),
                                of("Hvordan behandler I et flag, så ingen bliver mistænkt uden grund?",
                                        "How do you handle a flag so nobody is suspected without cause?"),
                                of("Hvad skal MED og tillidsrepræsentanten vide og have indflydelse på?",
                                        "What should MED and the union representative know and have a say in?"))));
    }

    @Override
    public Map<AttitudeType, List<Offer>> offersByAttitude() {
        return Map.of(
                AttitudeType.WORRIED, List.of(
                        new Offer("fictitious-accounts-lab", of("Øvelsesregnskab uden konsekvenser", "Practice accounts without consequences"),
                                of("Et opdigtet regnskab med kendte fejl, hvor du kan prøve AI og se, hvordan fejl fanges med en fast kontrol.",
                                        "Invented accounts with known errors where you can try AI and see how a fixed check catches mistakes."))),
                AttitudeType.OPPORTUNITY_SEEKING, List.of(
                        new Offer("analysis-sandbox", of("Sandkasse til dataanalyse", "Sandbox for data analysis"),
                                of("Adgang til et godkendt analyseværktøj med anonymiserede data, så du kan afprøve avancerede analyser "
                                                + "før resten af teamet, inden for sikkerhedsrammen.",
                                        "Access to an approved analysis tool with anonymised data so you can try advanced analyses before the "
                                                + "rest of the team, within the security frame."))),
                AttitudeType.PRAGMATIC, List.of(
                        new Offer("follow-up-template", of("Afprøvet skabelon til budgetopfølgning", "Tested budget follow-up template"),
                                of("En prompt og kontrol-tjekliste, som et andet team har brugt i to kvartaler, med målt tidsbesparelse.",
                                        "A prompt and control checklist another team has used for two quarters, with measured time saved."))),
                AttitudeType.CRITICAL, List.of(
                        new Offer("accountability-dialogue", of("Dialog om ansvar og revisionsspor", "Dialogue on accountability and audit trail"),
                                of("En drøftelse med revision eller controller af, hvordan AI kan svække eller styrke sporbarheden i "
                                                + "økonomien, og hvilke beslutninger der aldrig må overlades til et værktøj.",
                                        "A discussion with the auditors or a controller on how AI can weaken or strengthen traceability in "
                                                + "finance, and which decisions must never be left to a tool."))),
                AttitudeType.WAITING, List.of(
                        new Offer("one-formula-a-week", of("Én formel om ugen", "One formula a week"),
                                of("Bed om hjælp til én formel eller pivottabel om ugen, og test den på kendte tal sammen med en kollega.",
                                        "Ask for help with one formula or pivot table a week, and test it on known figures with a colleague."))));
    }
}
