package dk.spor.notification.model;

import dk.spor.programme.model.ProgrammeState;

import java.util.Optional;

/**
 * What a notification says, in Danish and English, from its kind, the programme's name and a detail (a module's title
 * and new time, or HR's reason). Unknown kinds still say something sensible.
 */
public final class NotificationText {

    public static final String FRAME_CHANGED = "FrameChanged";
    public static final String PROGRAMME_PLANNED = "ProgrammePlanned";
    public static final String PROGRAMME_PAUSED = "ProgrammePaused";
    public static final String PROGRAMME_POSTPONED = "ProgrammePostponed";
    public static final String PROGRAMME_RESUMED = "ProgrammeResumed";
    public static final String PROGRAMME_COMPLETED = "ProgrammeCompleted";
    public static final String MODULE_MOVED = "ModuleMoved";
    public static final String SURVEY_OPENED = "SurveyOpened";
    public static final String GOAL_PROPOSED = "GoalProposed";
    public static final String SESSION_MOVED = "SessionMoved";
    public static final String SESSION_LOST = "SessionLost";
    public static final String GOT_A_PLACE = "GotAPlace";
    /** To someone who declined an action-learning block, when another block in the same period would have them. */
    public static final String ACTION_LEARNING_DECLINED = "ActionLearningDeclined";
    /** To someone who declined an action-learning block when no other block in the period would have them. */
    public static final String ACTION_LEARNING_DECLINED_NO_OTHER = "ActionLearningDeclinedNoOther";
    /** To the support person, when declines leave a block with fewer than two participants coming. */
    public static final String ACTION_LEARNING_BELOW_TWO = "ActionLearningBelowTwo";

    /** The employee's survey page, where a survey round's mail sends people (under {@code spor.public-url}). */
    public static final String SURVEY_PAGE = "/spoergeskema";

    private NotificationText() {
    }

    /**
     * Which notification a programme's change of state gives its participants: they hear when it is planned, paused,
     * postponed, resumed or completed; a draft's changes and the step from planned to running are not news to them.
     */
    public static Optional<String> forStateChange(ProgrammeState from, ProgrammeState to) {
        boolean wasOff = from == ProgrammeState.PAUSED || from == ProgrammeState.POSTPONED;
        boolean wasDraft = from == ProgrammeState.DRAFT;
        String kind = switch (to) {
            case PAUSED -> wasDraft ? null : PROGRAMME_PAUSED;
            case POSTPONED -> wasDraft ? null : PROGRAMME_POSTPONED;
            case COMPLETED -> PROGRAMME_COMPLETED;
            case PLANNED -> wasOff ? PROGRAMME_RESUMED : wasDraft ? PROGRAMME_PLANNED : null;
            case RUNNING -> wasOff ? PROGRAMME_RESUMED : null;
            case DRAFT -> null;
        };
        return Optional.ofNullable(kind);
    }

    /** A sentence in each language. */
    public record Text(String da, String en) {
    }

    /** {@code programme} may be null for news about no programme; the text then names Spor. */
    public static Text of(String kind, String programme, String detail) {
        String p = "»" + (programme == null ? "Spor" : programme) + "«";
        Text base = switch (kind) {
            case FRAME_CHANGED -> new Text("Rammen for " + p + " er ændret. Læs den nye version.",
                    "The frame of " + p + " has changed. Read the new version.");
            case PROGRAMME_PLANNED -> new Text("Du er med i forløbet " + p + ". Datoerne for modulerne er lagt.",
                    "You take part in " + p + ". The module dates are set.");
            case PROGRAMME_PAUSED -> new Text("Forløbet " + p + " er sat på pause. Dine bookinger er aflyst indtil videre.",
                    p + " is paused. Your bookings are cancelled for now.");
            case PROGRAMME_POSTPONED -> new Text("Forløbet " + p + " er udskudt. Dine bookinger er aflyst indtil videre.",
                    p + " is postponed. Your bookings are cancelled for now.");
            case PROGRAMME_RESUMED -> new Text("Forløbet " + p + " fortsætter. Dine bookinger er lagt i kalenderen igen.",
                    p + " continues. Your bookings are back in your calendar.");
            case PROGRAMME_COMPLETED -> new Text("Forløbet " + p + " er afsluttet. Husk den afsluttende opfølgning på dine mål.",
                    p + " has ended. Remember the final follow-up on your goals.");
            case MODULE_MOVED -> new Text("Et modul i " + p + " er flyttet.", "A module in " + p + " has moved.");
            case SURVEY_OPENED -> new Text("Der er en holdningsundersøgelse til dig i " + p
                    + ". Det er frivilligt at svare, og du ser dit resultat først.",
                    "There is an attitude survey for you in " + p
                            + ". Answering is voluntary, and you see your result first.");
            case GOAL_PROPOSED -> new Text("Din leder har foreslået et læringsmål i " + p + ". Se det, og sig ja, hvis I er enige.",
                    "Your manager has proposed a learning goal in " + p + ". Look at it and agree if you do.");
            case SESSION_MOVED -> new Text("Du er flyttet til et andet hold i et modul i " + p + ".",
                    "You have been moved to another session of a module in " + p + ".");
            case SESSION_LOST -> new Text("Du har ikke længere et hold i et modul i " + p
                    + ". HR finder en ny plads til dig.",
                    "You no longer have a session in a module of " + p + ". HR will find you a new place.");
            case GOT_A_PLACE -> new Text("Du har fået en plads fra ventelisten i " + p + ".",
                    "You got a place from the waiting list in " + p + ".");
            case ACTION_LEARNING_DECLINED -> new Text("Du har meldt afbud til aktionslæringen i " + p
                    + ". Du kan vælge en anden tid i samme periode under Mit forløb.",
                    "You declined the action learning in " + p
                            + ". You can choose another time in the same period under Mit forløb (My programme).");
            case ACTION_LEARNING_DECLINED_NO_OTHER -> new Text("Du har meldt afbud til aktionslæringen i " + p
                    + ". Ingen anden tid i samme periode passer med din kalender; tal med din støtteperson.",
                    "You declined the action learning in " + p
                            + ". No other time in the same period fits your calendar; talk to your support person.");
            case ACTION_LEARNING_BELOW_TWO -> new Text("Færre end to deltagere kommer til aktionslæringen i " + p
                    + ", hvor du er støtteperson. Tal med teamet om, hvordan I bruger tiden.",
                    "Fewer than two participants are coming to the action learning in " + p
                            + " that you support. Talk with the team about how to use the time.");
            default -> new Text("Nyt i " + p + ".", "News in " + p + ".");
        };
        if (detail == null || detail.isBlank()) {
            return base;
        }
        return new Text(base.da() + " " + detail.strip(), base.en() + " " + detail.strip());
    }

    /** An e-mail subject: the Danish text's first sentence, which names what happened and the programme. */
    public static String subject(Text text) {
        int end = text.da().indexOf(". ");
        return end < 0 ? text.da() : text.da().substring(0, end + 1);
    }

    /** An e-mail body: Danish first, then English, then where to read more when the address is known. */
    public static String mailBody(Text text, String publicUrl) {
        return mailBody(null, text, publicUrl);
    }

    /**
     * As {@link #mailBody(Text, String)}; a survey's mail links straight to the survey page, so the person is one
     * click (and a sign-in) from answering it.
     */
    public static String mailBody(String kind, Text text, String publicUrl) {
        StringBuilder body = new StringBuilder(text.da()).append("\n\n").append(text.en()).append("\n");
        if (publicUrl != null && !publicUrl.isBlank()) {
            String base = publicUrl.strip().replaceAll("/+$", "");
            if (SURVEY_OPENED.equals(kind)) {
                body.append("\nSvar på spørgeskemaet / Answer the survey: ").append(base).append(SURVEY_PAGE)
                        .append("\n");
            } else {
                body.append("\nLæs mere i Spor / Read more in Spor: ").append(publicUrl.strip()).append("\n");
            }
        }
        return body.append("\n-- \nDu får denne besked, fordi du er med i et forløb i Spor."
                + "\nYou receive this because you take part in a programme in Spor.\n").toString();
    }
}
