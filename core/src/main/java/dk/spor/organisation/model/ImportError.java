package dk.spor.organisation.model;

/** One bad row: its line number in the file and why it was refused. Never the row's personal data. */
public record ImportError(int line, String reason) {
}
