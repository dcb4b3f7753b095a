package dk.spor.organisation.application;

/** Published inside the import's transaction after people joined, moved or left, so enrolments can follow. */
public record OrganisationChanged(int joined, int moved, int left) {
}
