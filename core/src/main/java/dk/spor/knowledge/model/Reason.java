package dk.spor.knowledge.model;

import java.util.Objects;

/**
 * One reason a thing is recommended, as a short sentence in Danish and English, e.g.
 * "Hører til dit læringsmål: …" / "Belongs to your learning goal: …".
 */
public record Reason(ReasonCode code, String textDa, String textEn) {

    /** Goal texts are quoted up to this many characters, so a reason stays a short line. */
    public static final int QUOTE_LENGTH = 80;

    public Reason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(textDa, "textDa");
        Objects.requireNonNull(textEn, "textEn");
    }

    /** Recommended by the sector of a programme the person takes part in. */
    public static Reason recommendedBySector(String sectorDa, String sectorEn) {
        return new Reason(ReasonCode.SECTOR, "Anbefalet af sektoren »" + sectorDa + "«",
                "Recommended by the sector “" + sectorEn + "”");
    }

    /** A library resource made for the sector of a programme the person takes part in. */
    public static Reason madeForSector(String sectorDa, String sectorEn) {
        return new Reason(ReasonCode.SECTOR, "Lavet til sektoren »" + sectorDa + "«",
                "Made for the sector “" + sectorEn + "”");
    }

    /** A use case the person's learning goal names. */
    public static Reason partOfGoal(String goalText) {
        String quoted = quote(goalText);
        return new Reason(ReasonCode.GOAL, "Hører til dit læringsmål: »" + quoted + "«",
                "Belongs to your learning goal: “" + quoted + "”");
    }

    /** A resource about the competence the person's learning goal is about. */
    public static Reason aboutGoalCompetence(String competence) {
        String quoted = quote(competence);
        return new Reason(ReasonCode.GOAL, "Handler om »" + quoted + "« fra dit læringsmål",
                "About “" + quoted + "” from your learning goal");
    }

    /** Fits the attitude type of the person's own profile; only ever shown to the person themself. */
    public static Reason fitsProfile(String typeDa, String typeEn) {
        return new Reason(ReasonCode.ATTITUDE_TYPE, "Passer til din profil: " + typeDa, "Fits your profile: " + typeEn);
    }

    /** The text on one line, cut at a word boundary with an ellipsis when longer than {@link #QUOTE_LENGTH}. */
    static String quote(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= QUOTE_LENGTH) {
            return line;
        }
        int cut = line.lastIndexOf(' ', QUOTE_LENGTH - 1);
        return line.substring(0, cut > QUOTE_LENGTH / 2 ? cut : QUOTE_LENGTH - 1).strip() + "…";
    }
}
