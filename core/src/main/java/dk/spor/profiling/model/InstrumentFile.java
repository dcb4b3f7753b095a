package dk.spor.profiling.model;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A survey version as HR writes it in a spreadsheet, in the seeded version's format:
 * {@code key,dimension,reverse,text_da,text_en} (comma or semicolon, UTF-8). Every wrong line is named with its number;
 * what the lines say is then checked by {@link InstrumentDraft}, whose problems are put back on their lines. Pure.
 */
public final class InstrumentFile {

    /** A statement as read, with the line it came from. */
    public record Line(int line, String key, AttitudeType dimension, boolean reverse, String textDa, String textEn) {
    }

    /** One thing wrong: its line (1 is the header; 0 is the file as a whole), the column, and why. */
    public record LineProblem(int line, String column, String reason) {
    }

    public record Result(List<Line> statements, List<LineProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private static final List<String> COLUMNS = List.of("key", "dimension", "reverse", "text_da", "text_en");
    private static final Map<String, String> ALIASES = Map.of("nøgle", "key", "type", "dimension",
            "omvendt", "reverse", "tekst_da", "text_da", "tekst_en", "text_en");

    private InstrumentFile() {
    }

    public static Result read(byte[] bytes) {
        String content = new String(bytes, StandardCharsets.UTF_8);
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        List<LineProblem> problems = new ArrayList<>();
        if (content.isBlank()) {
            return new Result(List.of(), List.of(new LineProblem(1, "", "empty")));
        }
        String first = content.lines().findFirst().orElse("");
        char delimiter = first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(content), CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true).get())) {
            Map<String, Integer> columns = null;
            for (CSVRecord record : parser) {
                int line = lineOf(content, record);
                if (columns == null) {
                    columns = header(record, problems);
                    if (!problems.isEmpty()) {
                        return new Result(List.of(), problems);
                    }
                    continue;
                }
                lines.addAll(row(record, line, columns, problems));
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new LineProblem(0, "", "unreadable"));
        }
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems);
        }
        List<FieldProblem> draft = new InstrumentDraft(lines.stream().map(l -> new InstrumentDraft.Statement(l.key(),
                l.dimension(), l.textDa(), l.textEn())).toList()).problems();
        for (FieldProblem p : draft) {
            problems.add(onLine(p, lines));
        }
        return new Result(problems.isEmpty() ? lines : List.of(), problems);
    }

    private static Map<String, Integer> header(CSVRecord record, List<LineProblem> problems) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).toLowerCase(Locale.ROOT);
            String canonical = COLUMNS.contains(name) ? name : ALIASES.get(name);
            if (canonical == null) {
                problems.add(new LineProblem(1, record.get(i), "unknownColumn"));
            } else {
                columns.put(canonical, i);
            }
        }
        for (String c : COLUMNS) {
            if (!columns.containsKey(c) && !c.equals("reverse")) {
                problems.add(new LineProblem(1, c, "missingColumn"));
            }
        }
        return columns;
    }

    private static List<Line> row(CSVRecord record, int line, Map<String, Integer> columns,
                                  List<LineProblem> problems) {
        if (record.size() == 1 && record.get(0).isBlank()) {
            return List.of();
        }
        int before = problems.size();
        String key = value(record, columns, "key");
        String dimensionText = value(record, columns, "dimension").toUpperCase(Locale.ROOT);
        String reverseText = value(record, columns, "reverse").toLowerCase(Locale.ROOT);
        AttitudeType dimension = null;
        try {
            dimension = AttitudeType.valueOf(dimensionText);
        } catch (IllegalArgumentException e) {
            problems.add(new LineProblem(line, "dimension", "unknownType"));
        }
        boolean reverse = switch (reverseText) {
            case "", "false", "nej", "no", "0" -> false;
            case "true", "ja", "yes", "1" -> true;
            default -> {
                problems.add(new LineProblem(line, "reverse", "notYesOrNo"));
                yield false;
            }
        };
        if (problems.size() > before) {
            return List.of();
        }
        return List.of(new Line(line, key, dimension, reverse, value(record, columns, "text_da"),
                value(record, columns, "text_en")));
    }

    /** A draft's problem on the line of its statement ({@code items[3].key} is the fourth statement's line). */
    private static LineProblem onLine(FieldProblem p, List<Line> lines) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("items\\[(\\d+)]\\.(\\w+)").matcher(p.field());
        if (m.matches()) {
            int index = Integer.parseInt(m.group(1));
            String column = switch (m.group(2)) {
                case "textDa" -> "text_da";
                case "textEn" -> "text_en";
                default -> m.group(2);
            };
            return new LineProblem(index < lines.size() ? lines.get(index).line() : 0, column, p.message());
        }
        return new LineProblem(0, "", p.message());
    }

    private static String value(CSVRecord record, Map<String, Integer> columns, String column) {
        Integer at = columns.get(column);
        return at == null || at >= record.size() ? "" : record.get(at).strip();
    }

    /** The line a record starts on, as a spreadsheet numbers it (empty lines count). */
    private static int lineOf(String content, CSVRecord record) {
        long position = record.getCharacterPosition();
        int line = 1;
        for (int i = 0; i < position && i < content.length(); i++) {
            if (content.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
