package dk.spor.organisation.persistence;

import dk.spor.database.Sql;
import dk.spor.organisation.model.UnitChanges;
import dk.spor.organisation.model.UnitFile;
import dk.spor.organisation.model.UnitKind;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The unit table as the units import sees it. Hand-written through {@link Sql}: the import is a fast path that
 * upserts a whole municipality's units in batches, all inside the caller's one transaction.
 */
@Singleton
public class ImportedUnits {

    private final Sql sql;

    public ImportedUnits(Sql sql) {
        this.sql = sql;
    }

    /** Every unit, open or closed, by key, with its parent's key. */
    public Map<String, UnitChanges.Existing> existing() {
        return sql.list("""
                select u.external_key as unit_key, u.name, u.kind, p.external_key as parent_key,
                       u.closed_at is not null as closed
                from unit u left join unit p on p.id = u.parent_id""",
                row -> Map.entry(row.string("unit_key"), new UnitChanges.Existing(row.string("name"),
                        row.enumValue("kind", UnitKind.class), row.string("parent_key"), row.bool("closed"))))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The ids of the open units, by key. */
    public Map<String, UUID> openIds() {
        return sql.list("select external_key as unit_key, id from unit where closed_at is null",
                row -> Map.entry(row.string("unit_key"), row.uuid("id")))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Adds, renames and reopens the file's units, then links each to its parent (a parent may come later). */
    public void write(List<UnitFile.UnitRow> rows) {
        sql.batch("""
                insert into unit (external_key, name, kind) values (?, ?, ?)
                on conflict (external_key) do update set name = excluded.name, kind = excluded.kind,
                    closed_at = null, updated_at = now()
                where unit.name is distinct from excluded.name or unit.kind is distinct from excluded.kind
                   or unit.closed_at is not null""",
                rows.stream().map(r -> new Object[]{r.key(), r.name(), r.kind()}).toList());
        sql.batch("""
                update unit u set parent_id = p.id, updated_at = now()
                from (select ?::text as key, ?::text as parent_key) r left join unit p on p.external_key = r.parent_key
                where u.external_key = r.key and u.parent_id is distinct from p.id""",
                rows.stream().map(r -> new Object[]{r.key(), r.parentKey()}).toList());
    }

    public void close(List<String> keys) {
        if (!keys.isEmpty()) {
            sql.update("update unit set closed_at = now(), updated_at = now() where external_key = any(?)",
                    keys);
        }
    }

    /** After an import that changed units: the planner learns the table's new size now, not in a minute. */
    public void analyze() {
        sql.analyze("unit");
    }
}
