package dk.spor.profiling.model;

import java.util.Objects;

/**
 * One answer that weighed for a type, put as a sentence the employee can read, e.g.
 * "Du var helt enig i: »…«" / "You strongly agreed: “…”".
 */
public record Reason(String itemKey, AttitudeType type, int agreement, boolean reverse, String sentenceDa, String sentenceEn) {

    public Reason {
        Objects.requireNonNull(itemKey, "itemKey");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sentenceDa, "sentenceDa");
        Objects.requireNonNull(sentenceEn, "sentenceEn");
    }

    static Reason of(Item item, int agreement) {
        return new Reason(item.key(), item.dimension(), agreement, item.reverse(),
                danishLead(agreement) + ": »" + item.textDa() + "«",
                englishLead(agreement) + ": “" + item.textEn() + "”");
    }

    private static String danishLead(int agreement) {
        return switch (agreement) {
            case 1 -> "Du var helt uenig i";
            case 2 -> "Du var uenig i";
            case 3 -> "Du var hverken enig eller uenig i";
            case 4 -> "Du var enig i";
            case 5 -> "Du var helt enig i";
            default -> throw new IllegalArgumentException("agreement out of scale: " + agreement);
        };
    }

    private static String englishLead(int agreement) {
        return switch (agreement) {
            case 1 -> "You strongly disagreed";
            case 2 -> "You disagreed";
            case 3 -> "You neither agreed nor disagreed";
            case 4 -> "You agreed";
            case 5 -> "You strongly agreed";
            default -> throw new IllegalArgumentException("agreement out of scale: " + agreement);
        };
    }
}
