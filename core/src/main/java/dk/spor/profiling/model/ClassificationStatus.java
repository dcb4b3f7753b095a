package dk.spor.profiling.model;

/** Whether the answers support a type, and if not, why not. */
public enum ClassificationStatus {
    CLASSIFIED(
            "Dine svar peger mod en type.",
            "Your answers point to a type."),
    TOO_FEW_ANSWERS(
            "Du har svaret på for få udsagn til, at vi kan sige noget om din type.",
            "You answered too few statements for us to say anything about your type."),
    NO_CLEAR_AGREEMENT(
            "Du var ikke tydeligt enig i udsagnene for nogen type, så vi giver dig ingen type.",
            "You did not clearly agree with the statements of any type, so we give you no type."),
    FLAT(
            "Du svarede næsten ens på tværs af alle typer, så dine svar peger ikke mod en bestemt type.",
            "You answered almost alike across all types, so your answers do not point to one type."),
    CONTRADICTORY(
            "Dine svar peger i for mange retninger på én gang til, at vi kan give dig en type.",
            "Your answers point in too many directions at once for us to give you a type.");

    private final String summaryDa;
    private final String summaryEn;

    ClassificationStatus(String summaryDa, String summaryEn) {
        this.summaryDa = summaryDa;
        this.summaryEn = summaryEn;
    }

    public boolean classified() {
        return this == CLASSIFIED;
    }

    public String summaryDa() {
        return summaryDa;
    }

    public String summaryEn() {
        return summaryEn;
    }
}
