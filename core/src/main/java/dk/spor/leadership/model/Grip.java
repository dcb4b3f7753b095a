package dk.spor.leadership.model;

/** The four leadership grips (ledelsesgreb) of the leadership track. */
public enum Grip implements ReflectionMaterial {
    TRANSFORMATION_AND_TRANSITION(
            new Wording("Transformations- og transitionsledelse: forandr opgaven, og led folk gennem overgangen",
                    "Transformation and transition leadership: change the work, and lead people through the change"),
            new Wording("Hvilke opgaver ændrer sig, og hvem har brug for hjælp til at slippe den gamle måde?",
                    "Which tasks change, and who needs help to let go of the old way?")),
    PER_ATTITUDE_TYPE(
            new Wording("Forandringsledelse pr. medarbejdertype: de bekymrede, mulighedssøgende, pragmatiske, kritiske"
                    + " og afventende har brug for noget forskelligt",
                    "Change leadership per attitude type: the worried, opportunity-seeking, pragmatic, critical and"
                            + " waiting need different things"),
            new Wording("Hvad har de forskellige typer i dit team brug for fra dig – uden at nogen bliver sat i bås?",
                    "What do the different types in your team need from you, without putting anyone in a box?")),
    LINE_UP_AND_DOWN(
            new Wording("Linjeledelse op og ned: skab sammenhæng mellem direktion, ledere og medarbejdere",
                    "Line leadership up and down: connect top management, managers and staff"),
            new Wording("Hvad skal din egen chef vide fra dit team, og hvad skal dit team vide fra ledelsen?",
                    "What does your own manager need to hear from your team, and what does your team need to hear"
                            + " from management?")),
    OWN_CURIOSITY(
            new Wording("Egen nysgerrighed – gå forrest: prøv selv værktøjerne, og fortæl om det",
                    "Own curiosity – walk the talk: try the tools yourself, and say so"),
            new Wording("Hvad har du selv prøvet i denne uge, og hvad fortalte du dit team om det?",
                    "What did you try yourself this week, and what did you tell your team about it?"));

    private final Wording title;
    private final Wording question;

    Grip(Wording title, Wording question) {
        this.title = title;
        this.question = question;
    }

    @Override
    public Wording title() {
        return title;
    }

    @Override
    public Wording question() {
        return question;
    }
}
