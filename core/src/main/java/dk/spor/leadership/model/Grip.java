package dk.spor.leadership.model;

/** The four leadership grips (ledelsesgreb) of the leadership track. */
public enum Grip {
    TRANSFORMATION_AND_TRANSITION("Transformations- og transitionsledelse: forandr opgaven, og led folk gennem overgangen",
            "Transformation and transition leadership: change the work, and lead people through the change"),
    PER_ATTITUDE_TYPE("Forandringsledelse pr. medarbejdertype: de bekymrede, mulighedssøgende, pragmatiske, kritiske og afventende har brug for noget forskelligt",
            "Change leadership per attitude type: the worried, opportunity-seeking, pragmatic, critical and waiting need different things"),
    LINE_UP_AND_DOWN("Linjeledelse op og ned: skab sammenhæng mellem direktion, ledere og medarbejdere",
            "Line leadership up and down: connect top management, managers and staff"),
    OWN_CURIOSITY("Egen nysgerrighed – gå forrest: prøv selv værktøjerne, og fortæl om det",
            "Own curiosity – walk the talk: try the tools yourself, and say so");

    private final String da;
    private final String en;

    Grip(String da, String en) {
        this.da = da;
        this.en = en;
    }

    public String danish() {
        return da;
    }

    public String english() {
        return en;
    }
}
