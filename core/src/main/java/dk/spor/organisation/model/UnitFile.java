package dk.spor.organisation.model;

import dk.spor.input.model.Excerpt;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The units file: {@code unit_key,name,kind,parent_key}. It is the whole organisation: a unit missing from it is
 * closed. Every parent must be in the same file; the hierarchy may not loop.
 */
public final class UnitFile {

    public static final Map<String, List<String>> COLUMNS = columns();
    private static final Map<String, UnitKind> KIND_WORDS = kindWords();

    public record UnitRow(int line, String key, String name, UnitKind kind, String parentKey) {
    }

    public record Result(List<UnitRow> units, List<ImportError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private UnitFile() {
    }

    public static Result read(byte[] bytes, Charset charset) {
        CsvText.Parsed parsed = CsvText.parse(bytes, charset, COLUMNS, List.of("unit_key", "name", "kind"));
        List<ImportError> errors = new ArrayList<>(parsed.errors());
        List<UnitRow> units = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvText.Row row : parsed.rows()) {
            String key = row.get("unit_key");
            String name = row.get("name");
            String kindText = row.get("kind");
            String parent = row.get("parent_key");
            boolean bad = false;
            if (key.isEmpty()) {
                errors.add(new ImportError(row.line(), "unit_key is empty."));
                bad = true;
            } else if (seen.containsKey(key)) {
                errors.add(new ImportError(row.line(), "unit_key '" + Excerpt.of(key) + "' is already used on line "
                        + seen.get(key) + "."));
                bad = true;
            }
            if (name.isEmpty()) {
                errors.add(new ImportError(row.line(), "name is empty."));
                bad = true;
            }
            UnitKind kind = KIND_WORDS.get(kindText.toLowerCase(Locale.ROOT));
            if (kind == null) {
                errors.add(new ImportError(row.line(), "kind '" + Excerpt.of(kindText) + "' is not one of MUNICIPALITY,"
                        + " ADMINISTRATION, DEPARTMENT, TEAM (or kommune, forvaltning, afdeling, team)."));
                bad = true;
            }
            if (!key.isEmpty()) {
                seen.putIfAbsent(key, row.line());
            }
            if (!bad) {
                units.add(new UnitRow(row.line(), key, name, kind, parent.isEmpty() ? null : parent));
            }
        }
        Map<String, UnitRow> byKey = new LinkedHashMap<>();
        units.forEach(u -> byKey.put(u.key(), u));
        Map<String, Integer> depths = depths(units, byKey);
        for (UnitRow u : units) {
            if (u.parentKey() != null && !seen.containsKey(u.parentKey())) {
                errors.add(new ImportError(u.line(), "parent_key '" + Excerpt.of(u.parentKey())
                        + "' is not a unit in this file."));
            } else if (depths.get(u.key()) == LOOPS) {
                errors.add(new ImportError(u.line(), "unit '" + Excerpt.of(u.key())
                        + "' is its own ancestor; the hierarchy must not loop."));
            } else if (depths.get(u.key()) > DEEPEST) {
                errors.add(new ImportError(u.line(), "unit '" + Excerpt.of(u.key()) + "' lies more than " + DEEPEST
                        + " levels below the top; no organisation is that deep, so a parent_key must be wrong."));
            }
        }
        errors.sort(java.util.Comparator.comparingInt(ImportError::line));
        return new Result(errors.isEmpty() ? units : List.of(), errors);
    }

    /** No organisation has more levels than this; every walk up or down the tree stays short. */
    public static final int DEEPEST = 30;

    private static final int LOOPS = -1;

    /**
     * How far below a top unit each unit lies (a top unit is 1), or {@link #LOOPS} for a unit on or below a loop.
     * Each unit is walked once: linear however long the chains, where walking up from every unit would be quadratic.
     */
    private static Map<String, Integer> depths(List<UnitRow> units, Map<String, UnitRow> byKey) {
        Map<String, Integer> depth = new HashMap<>();
        for (UnitRow start : units) {
            List<String> walked = new java.util.ArrayList<>();
            Set<String> onWalk = new HashSet<>();
            UnitRow current = start;
            int below = 0;
            boolean loop = false;
            while (current != null && !depth.containsKey(current.key())) {
                if (!onWalk.add(current.key())) {
                    loop = true;
                    break;
                }
                walked.add(current.key());
                current = current.parentKey() == null ? null : byKey.get(current.parentKey());
            }
            if (!loop && current != null) {
                below = depth.get(current.key());
                loop = below == LOOPS;
            }
            for (int i = walked.size() - 1; i >= 0; i--) {
                depth.put(walked.get(i), loop ? LOOPS : ++below);
            }
        }
        return depth;
    }

    private static Map<String, List<String>> columns() {
        Map<String, List<String>> c = new LinkedHashMap<>();
        c.put("unit_key", List.of("unit", "key", "enhed", "enhedsnøgle", "enhed_id", "unit_id"));
        c.put("name", List.of("navn", "unit_name", "enhedsnavn"));
        c.put("kind", List.of("type", "niveau", "level"));
        c.put("parent_key", List.of("parent", "overordnet", "overordnet_enhed", "parent_unit"));
        return c;
    }

    private static Map<String, UnitKind> kindWords() {
        Map<String, UnitKind> m = new HashMap<>();
        for (UnitKind k : UnitKind.values()) {
            m.put(k.name().toLowerCase(Locale.ROOT), k);
        }
        m.put("kommune", UnitKind.MUNICIPALITY);
        m.put("forvaltning", UnitKind.ADMINISTRATION);
        m.put("afdeling", UnitKind.DEPARTMENT);
        m.put("team", UnitKind.TEAM);
        return m;
    }
}
