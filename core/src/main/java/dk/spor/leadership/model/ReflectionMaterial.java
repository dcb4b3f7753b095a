package dk.spor.leadership.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The reflection material of the leadership track as data: for each dilemma and grip its title and a question a
 * manager can reflect on, in Danish and English.
 */
public final class ReflectionMaterial {

    /** A title and a question. */
    public record Material(Wording title, Wording question) {
    }

    public static final Map<Dilemma, Material> DILEMMAS;
    public static final Map<Grip, Material> GRIPS;

    static {
        Map<Dilemma, Material> dilemmas = new EnumMap<>(Dilemma.class);
        dilemmas.put(Dilemma.DIRECTION_AS_NOVICE, new Material(
                new Wording("At sætte retning og samtidig være novice", "Setting direction while being a novice yourself"),
                new Wording("Hvordan viser du retning, når du selv er ny med AI? Hvad siger du højt om det, du endnu ikke ved?",
                    "How do you set direction while you are new to AI yourself? What do you say out loud about what you"
                            + " do not know yet?")));
        dilemmas.put(Dilemma.HOLD_AND_LET_GO, new Material(
                new Wording("At holde fast og give slip", "Holding firm and letting go"),
                new Wording("Hvad står fast i rammen, og hvor giver du dine medarbejdere frihed til selv at finde vejen?",
                    "What is fixed in the frame, and where do you give your staff room to find their own way?")));
        dilemmas.put(Dilemma.POSSIBILITIES_AND_LIMITS, new Material(
                new Wording("At se muligheder og kommunikere begrænsninger", "Seeing possibilities and communicating limits"),
                new Wording("Hvordan taler du om det, AI kan, uden at love for meget – og om grænserne uden at lukke ned?",
                    "How do you speak of what AI can do without promising too much, and of its limits without closing"
                            + " the door?")));
        dilemmas.put(Dilemma.GAINS_AND_COMPLIANCE, new Material(
                new Wording("At jagte gevinster og sikre compliance", "Chasing gains and ensuring compliance"),
                new Wording("Hvor presser du på for gevinster, og hvor sikrer du, at GDPR, sikkerhed og god forvaltning"
                    + " kommer først?", "Where do you push for gains, and where do you make sure GDPR, security and good"
                    + " administration come first?")));
        DILEMMAS = Collections.unmodifiableMap(dilemmas);
        Map<Grip, Material> grips = new EnumMap<>(Grip.class);
        grips.put(Grip.TRANSFORMATION_AND_TRANSITION, new Material(
                new Wording("Transformations- og transitionsledelse: forandr opgaven, og led folk gennem overgangen",
                    "Transformation and transition leadership: change the work, and lead people through the change"),
                new Wording("Hvilke opgaver ændrer sig, og hvem har brug for hjælp til at slippe den gamle måde?",
                    "Which tasks change, and who needs help to let go of the old way?")));
        grips.put(Grip.PER_ATTITUDE_TYPE, new Material(
                new Wording("Forandringsledelse pr. medarbejdertype: de bekymrede, mulighedssøgende, pragmatiske, kritiske"
                    + " og afventende har brug for noget forskelligt",
                    "Change leadership per attitude type: the worried, opportunity-seeking, pragmatic, critical and"
                            + " waiting need different things"),
                new Wording("Hvad har de forskellige typer i dit team brug for fra dig – uden at nogen bliver sat i bås?",
                    "What do the different types in your team need from you, without putting anyone in a box?")));
        grips.put(Grip.LINE_UP_AND_DOWN, new Material(
                new Wording("Linjeledelse op og ned: skab sammenhæng mellem direktion, ledere og medarbejdere",
                    "Line leadership up and down: connect top management, managers and staff"),
                new Wording("Hvad skal din egen chef vide fra dit team, og hvad skal dit team vide fra ledelsen?",
                    "What does your own manager need to hear from your team, and what does your team need to hear"
                            + " from management?")));
        grips.put(Grip.OWN_CURIOSITY, new Material(
                new Wording("Egen nysgerrighed – gå forrest: prøv selv værktøjerne, og fortæl om det",
                    "Own curiosity – walk the talk: try the tools yourself, and say so"),
                new Wording("Hvad har du selv prøvet i denne uge, og hvad fortalte du dit team om det?",
                    "What did you try yourself this week, and what did you tell your team about it?")));
        GRIPS = Collections.unmodifiableMap(grips);
    }

    private ReflectionMaterial() {
    }
}
