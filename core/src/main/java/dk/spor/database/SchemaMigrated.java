package dk.spor.database;

/** Published once the schema is current: how many change sets this start applied, and how many there are in all. */
public record SchemaMigrated(int applied, int total) {
}
