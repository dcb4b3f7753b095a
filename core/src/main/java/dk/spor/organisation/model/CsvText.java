package dk.spor.organisation.model;

import dk.spor.input.model.Excerpt;
import dk.spor.input.model.PlainText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a CSV file as HR systems export it: UTF-8 (with or without a byte-order mark) unless told otherwise,
 * comma- or semicolon-separated (Danish spreadsheets use semicolons), a header row naming the columns.
 * Wrong bytes are reported with the line they are on, never guessed at; so is a control character (a NUL byte
 * in a name), which no text in Spor may hold ({@link PlainText}). A refusal names the line and the column, never
 * the value: a line of an employees file is a person's number, name and e-mail.
 */
public final class CsvText {

    /** No name, e-mail, key or role in an HR export is this long; a longer value is a wrong column or a broken file. */
    public static final int LONGEST_VALUE = 500;

    private CsvText() {
    }

    /** A row with its 1-based line number in the file, and its values by canonical column name. */
    public record Row(int line, Map<String, String> values) {
        public String get(String column) {
            String v = values.get(column);
            return v == null ? "" : v.trim();
        }
    }

    public record Parsed(List<Row> rows, List<ImportError> errors) {
    }

    /**
     * @param aliases canonical column name → accepted header spellings (lower case)
     * @param required canonical columns that must be present
     */
    public static Parsed parse(byte[] bytes, Charset charset, Map<String, List<String>> aliases, List<String> required) {
        List<ImportError> errors = new ArrayList<>();
        Optional<String> text = decode(bytes, charset, errors);
        if (text.isEmpty()) {
            return new Parsed(List.of(), errors);
        }
        String content = text.get();
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        if (content.isBlank()) {
            return new Parsed(List.of(), List.of(new ImportError(1, "The file is empty; expected a header row.")));
        }
        String firstLine = content.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        List<Row> rows = new ArrayList<>();
        int line = 1;
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            Map<Integer, String> columns = null;
            int scanned = 0;
            for (CSVRecord record : parser) {
                int position = (int) record.getCharacterPosition();
                for (; scanned < position; scanned++) {
                    if (content.charAt(scanned) == '\n') {
                        line++;
                    }
                }
                if (columns == null) {
                    columns = header(record, aliases, required, errors);
                    if (!errors.isEmpty()) {
                        return new Parsed(List.of(), errors);
                    }
                    continue;
                }
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (record.size() != columns.size()) {
                    errors.add(new ImportError(line, "has " + record.size() + " fields, but the header has "
                            + columns.size() + " (is a value with a '" + delimiter + "' missing its quotes?)."));
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                boolean plain = true;
                for (Map.Entry<Integer, String> c : columns.entrySet()) {
                    String value = record.get(c.getKey());
                    if (!PlainText.allows(value)) {
                        errors.add(new ImportError(line, "the value in the column '" + c.getValue() + "' "
                                + PlainText.REFUSED + "."));
                        plain = false;
                    } else if (value.length() > LONGEST_VALUE) {
                        errors.add(new ImportError(line, "the value in the column '" + c.getValue() + "' is longer"
                                + " than " + LONGEST_VALUE + " characters."));
                        plain = false;
                    }
                    values.put(c.getValue(), value);
                }
                if (plain) {
                    rows.add(new Row(line, values));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the parser's message quotes the file and names its own classes: say it in our words
            errors.add(new ImportError(line, "cannot be read as CSV from here on: a quoted value is not closed, or"
                    + " has text after its closing quote."));
        }
        return new Parsed(rows, errors);
    }

    private static Map<Integer, String> header(CSVRecord record, Map<String, List<String>> aliases,
                                               List<String> required, List<ImportError> errors) {
        Map<Integer, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).trim().toLowerCase(Locale.ROOT);
            String canonical = null;
            for (Map.Entry<String, List<String>> a : aliases.entrySet()) {
                if (a.getKey().equals(name) || a.getValue().contains(name)) {
                    canonical = a.getKey();
                }
            }
            if (canonical == null) {
                errors.add(new ImportError(1, "unknown column '" + Excerpt.of(record.get(i)) + "'; expected the"
                        + " columns " + aliases.keySet() + "."));
            } else {
                columns.put(i, canonical);
            }
        }
        for (String r : required) {
            if (!columns.containsValue(r)) {
                errors.add(new ImportError(1, "the header lacks the column '" + r + "'."));
            }
        }
        return columns;
    }

    private static Optional<String> decode(byte[] bytes, Charset charset, List<ImportError> errors) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            int line = 1;
            int bad = firstUndecodable(bytes, charset);
            for (int i = 0; i < bad && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            String hint = charset.equals(StandardCharsets.UTF_8)
                    ? " Save the file as UTF-8, or send it with 'Content-Type: text/csv; charset=windows-1252'"
                    + " if it comes from an older system."
                    : "";
            errors.add(new ImportError(line, String.format("is not valid %s text (byte 0x%02X).%s",
                    charset.name(), bytes[Math.min(bad, bytes.length - 1)] & 0xff, hint)));
            return Optional.empty();
        }
    }

    private static int firstUndecodable(byte[] bytes, Charset charset) {
        var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    private static int count(String s, char c) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == c && !quoted) {
                n++;
            }
        }
        return n;
    }

    public static Charset charsetOf(String name) {
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        return Charset.forName(name.trim());
    }
}
