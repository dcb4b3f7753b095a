package dk.spor.programme.web;

import dk.spor.programme.application.NewSession;
import dk.spor.programme.application.ProgrammeView;
import dk.spor.web.page.Form;
import dk.spor.web.page.Texts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A module's sessions as the page's form holds them: one row per session with its date, start and end (Danish wall
 * time, as {@code <input type=date>} and {@code <input type=time>} send them), place, room and capacity. Place and
 * room are stored together as the session's location ("Rådhuset, lokale 2").
 */
final class SessionRows {

    /** One row as typed; the field names are {@code date-0}, {@code start-0}, … */
    record Row(int index, String date, String start, String end, String place, String room, String capacity,
               boolean remove) {

        boolean blank() {
            return date.isBlank() && start.isBlank() && end.isBlank() && place.isBlank() && room.isBlank()
                    && capacity.isBlank();
        }
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private SessionRows() {
    }

    /** The rows of a module's sessions, and {@code blank} empty rows after them for new sessions. */
    static List<Row> of(List<ProgrammeView.SessionView> sessions, int blank) {
        List<Row> rows = new ArrayList<>();
        for (ProgrammeView.SessionView s : sessions) {
            String[] placeAndRoom = split(s.location());
            rows.add(new Row(rows.size(), s.start().toLocalDate().toString(), TIME.format(s.start()),
                    TIME.format(s.end()), placeAndRoom[0], placeAndRoom[1],
                    s.capacity() == null ? "" : String.valueOf(s.capacity()), false));
        }
        for (int i = 0; i < blank; i++) {
            rows.add(new Row(rows.size(), "", "", "", "", "", "", false));
        }
        return rows;
    }

    /** The rows a form sent ({@code rows} says how many). */
    static List<Row> read(Map<String, Object> body) {
        int count;
        try {
            count = Math.min(100, Math.max(0, Integer.parseInt(FormValues.one(body, "rows"))));
        } catch (NumberFormatException e) {
            count = 0;
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Row(i, field(body, "date", i), field(body, "start", i), field(body, "end", i),
                    field(body, "place", i), field(body, "room", i), field(body, "capacity", i),
                    !FormValues.one(body, "remove-" + i).isBlank()));
        }
        return rows;
    }

    /** The sessions the rows hold, in order; every wrong field goes into the form with what to do about it. */
    static List<NewSession> sessions(List<Row> rows, Form form, Texts t) {
        List<NewSession> sessions = new ArrayList<>();
        for (Row row : rows) {
            if (row.remove() || row.blank()) {
                continue;
            }
            int i = row.index();
            LocalDate date = parse(() -> LocalDate.parse(row.date()));
            LocalTime start = parse(() -> LocalTime.parse(row.start()));
            LocalTime end = parse(() -> LocalTime.parse(row.end()));
            if (date == null) {
                form.error("date-" + i, t.text("hr.prog.session.error.date", i + 1));
            }
            if (start == null) {
                form.error("start-" + i, t.text("hr.prog.session.error.start", i + 1));
            }
            if (end == null) {
                form.error("end-" + i, t.text("hr.prog.session.error.end", i + 1));
            } else if (start != null && !end.isAfter(start)) {
                form.error("end-" + i, t.text("hr.prog.session.error.endBeforeStart", i + 1));
            }
            Integer capacity = null;
            if (!row.capacity().isBlank()) {
                try {
                    capacity = Integer.parseInt(row.capacity().strip());
                    if (capacity < 1 || capacity > 100_000) {
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException e) {
                    form.error("capacity-" + i, t.text("hr.prog.session.error.capacity", i + 1));
                }
            }
            String location = join(row.place(), row.room());
            if (location.length() > 300) {
                form.error("place-" + i, t.text("hr.prog.session.error.placeLong", i + 1));
            }
            if (date != null && start != null && end != null && end.isAfter(start)) {
                sessions.add(new NewSession(LocalDateTime.of(date, start), LocalDateTime.of(date, end), location,
                        capacity));
            }
        }
        return sessions;
    }

    /** What each row said, so the form shows it again. */
    static Form keep(List<Row> rows, Form form) {
        for (Row r : rows) {
            form.value("date-" + r.index(), r.date()).value("start-" + r.index(), r.start())
                    .value("end-" + r.index(), r.end()).value("place-" + r.index(), r.place())
                    .value("room-" + r.index(), r.room()).value("capacity-" + r.index(), r.capacity());
        }
        return form;
    }

    static String join(String place, String room) {
        String p = place.strip();
        String r = room.strip();
        return p.isEmpty() ? r : r.isEmpty() ? p : p + ", " + r;
    }

    /** "Rådhuset, lokale 2" is place "Rådhuset" and room "lokale 2"; without a comma it is all place. */
    static String[] split(String location) {
        if (location == null || location.isBlank()) {
            return new String[]{"", ""};
        }
        int comma = location.lastIndexOf(", ");
        return comma < 0 ? new String[]{location, ""}
                : new String[]{location.substring(0, comma), location.substring(comma + 2)};
    }

    private static String field(Map<String, Object> body, String name, int i) {
        return FormValues.one(body, name + "-" + i).strip();
    }

    private interface Parse<T> {
        T get();
    }

    private static <T> T parse(Parse<T> parse) {
        try {
            return parse.get();
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }
}
