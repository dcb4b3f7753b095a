package dk.spor.organisation.model;

import dk.spor.input.model.Excerpt;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The employees file: {@code employee_number,name,email,unit_key,roles,manages}. It is everyone employed now:
 * someone missing from it has left. {@code roles} and {@code manages} hold several values separated by {@code |}
 * or spaces.
 */
public final class EmployeeFile {

    public static final Map<String, List<String>> COLUMNS = columns();
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern SEPARATORS = Pattern.compile("[|\\s]+");
    private static final Map<String, PersonRole> ROLE_WORDS = roleWords();

    /** Roles a person holds beside being an employee; managing is given per unit in {@code manages}. */
    public enum PersonRole { HR, SUPPORT_PERSON, REPRESENTATIVE }

    public record EmployeeRow(int line, String employeeNumber, String name, String email, String unitKey,
                              Set<PersonRole> roles, Set<String> manages) {
    }

    public record Result(List<EmployeeRow> employees, List<ImportError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private EmployeeFile() {
    }

    /** @param unitKeys the keys of the organisation's open units */
    public static Result read(byte[] bytes, Charset charset, Set<String> unitKeys) {
        CsvText.Parsed parsed = CsvText.parse(bytes, charset, COLUMNS,
                List.of("employee_number", "name", "email", "unit_key"));
        List<ImportError> errors = new ArrayList<>(parsed.errors());
        List<EmployeeRow> rows = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        Map<String, Integer> emails = new HashMap<>();
        for (CsvText.Row row : parsed.rows()) {
            int line = row.line();
            int before = errors.size();
            String number = row.get("employee_number");
            String name = row.get("name");
            String email = row.get("email").toLowerCase(Locale.ROOT);
            String unit = row.get("unit_key");
            if (number.isEmpty()) {
                errors.add(new ImportError(line, "employee_number is empty."));
            } else if (numbers.containsKey(number)) {
                errors.add(new ImportError(line, "duplicate employee_number: also on line " + numbers.get(number) + "."));
            } else {
                numbers.put(number, line);
            }
            if (name.isEmpty()) {
                errors.add(new ImportError(line, "name is empty."));
            }
            if (!EMAIL.matcher(email).matches()) {
                errors.add(new ImportError(line, "email is not a valid e-mail address."));
            } else if (emails.containsKey(email)) {
                errors.add(new ImportError(line, "email is already used on line " + emails.get(email) + "."));
            } else {
                emails.put(email, line);
            }
            if (unit.isEmpty()) {
                errors.add(new ImportError(line, "unit_key is empty."));
            } else if (!unitKeys.contains(unit)) {
                errors.add(new ImportError(line, "unknown unit '" + Excerpt.of(unit) + "'; import the units file first."));
            }
            Set<PersonRole> roles = EnumSet.noneOf(PersonRole.class);
            for (String word : words(row.get("roles"))) {
                PersonRole role = ROLE_WORDS.get(word.toLowerCase(Locale.ROOT));
                if (role == null) {
                    errors.add(new ImportError(line, "unknown role '" + Excerpt.of(word) + "'; use hr, superbruger (support"
                            + " person) or tillidsvalgt (representative)."));
                } else {
                    roles.add(role);
                }
            }
            Set<String> manages = new LinkedHashSet<>(words(row.get("manages")));
            for (String m : manages) {
                if (!unitKeys.contains(m)) {
                    errors.add(new ImportError(line, "manages unknown unit '" + Excerpt.of(m) + "'."));
                }
            }
            if (errors.size() == before) {
                rows.add(new EmployeeRow(line, number, name, email, unit, roles, manages));
            }
        }
        errors.sort(Comparator.comparingInt(ImportError::line));
        return new Result(errors.isEmpty() ? rows : List.of(), errors);
    }

    private static List<String> words(String value) {
        if (value.isBlank()) {
            return List.of();
        }
        return List.of(SEPARATORS.split(value.trim()));
    }

    private static Map<String, List<String>> columns() {
        Map<String, List<String>> c = new LinkedHashMap<>();
        c.put("employee_number", List.of("medarbejdernummer", "medarbejdernr", "lønnummer", "employee_id", "number"));
        c.put("name", List.of("navn", "full_name"));
        c.put("email", List.of("e-mail", "mail", "email_address"));
        c.put("unit_key", List.of("unit", "enhed", "enhed_id", "unit_id"));
        c.put("roles", List.of("roller", "role", "rolle"));
        c.put("manages", List.of("leder_af", "manager_of", "leder for"));
        return c;
    }

    private static Map<String, PersonRole> roleWords() {
        Map<String, PersonRole> m = new HashMap<>();
        m.put("hr", PersonRole.HR);
        m.put("forløbsansvarlig", PersonRole.HR);
        m.put("support_person", PersonRole.SUPPORT_PERSON);
        m.put("superbruger", PersonRole.SUPPORT_PERSON);
        m.put("støtteperson", PersonRole.SUPPORT_PERSON);
        m.put("representative", PersonRole.REPRESENTATIVE);
        m.put("tillidsvalgt", PersonRole.REPRESENTATIVE);
        m.put("tr", PersonRole.REPRESENTATIVE);
        m.put("amr", PersonRole.REPRESENTATIVE);
        return m;
    }
}
