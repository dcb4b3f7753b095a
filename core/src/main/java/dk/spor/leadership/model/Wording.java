package dk.spor.leadership.model;

/** A text in Danish and English. */
public record Wording(String da, String en) {
}
