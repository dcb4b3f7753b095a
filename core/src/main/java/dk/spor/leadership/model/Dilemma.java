package dk.spor.leadership.model;

/** The four leadership dilemmas of the leadership track, as reflection material for managers. */
public enum Dilemma {
    DIRECTION_AS_NOVICE("At sætte retning og samtidig være novice",
            "Setting direction while being a novice yourself"),
    HOLD_AND_LET_GO("At holde fast og give slip",
            "Holding firm and letting go"),
    POSSIBILITIES_AND_LIMITS("At se muligheder og kommunikere begrænsninger",
            "Seeing possibilities and communicating limits"),
    GAINS_AND_COMPLIANCE("At jagte gevinster og sikre compliance",
            "Chasing gains and ensuring compliance");

    private final String da;
    private final String en;

    Dilemma(String da, String en) {
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
