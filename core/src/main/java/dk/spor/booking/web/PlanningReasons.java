package dk.spor.booking.web;

import dk.spor.booking.model.TeamSearches;
import dk.spor.web.page.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plan report's {@code notBooked} lines ("gap 2, unit …: why") in the page's language: which gap, which team, and
 * why, with the people the slot finder names counted, never listed.
 */
final class PlanningReasons {

    /** One line of the report, read. */
    record NotBooked(int gap, UUID unit, String reason, boolean translated) {
    }

    private static final Pattern LINE = Pattern.compile("gap (\\d+), unit ([0-9a-fA-F-]{36}): (.*)", Pattern.DOTALL);
    private static final Pattern PASSED = Pattern.compile("The window has already passed \\(now is .*\\)\\.");
    private static final Pattern NO_FREE = Pattern.compile(
            "No attendee has a free slot of (\\d+) minutes in the window\\.");
    private static final Pattern SPLIT = Pattern.compile("No common slot for all (\\d+) attendees; split into (\\d+)"
            + " (?:group|sub-groups) \\(greedy first fit, most constrained first\\)\\.(.*)", Pattern.DOTALL);
    private static final Pattern REQUIRED = Pattern.compile(
            "Required attendee\\(s\\) could not join every sub-group: ([^.]*)\\.");
    private static final Pattern NO_SLOT_FOR = Pattern.compile("No free slot at all for: ([^.]*)\\.");

    private PlanningReasons() {
    }

    static Optional<NotBooked> read(Texts t, String line) {
        Matcher m = LINE.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<String> reason = reason(t, m.group(3));
        return Optional.of(new NotBooked(Integer.parseInt(m.group(1)), UUID.fromString(m.group(2)),
                reason.orElse(m.group(3)), reason.isPresent()));
    }

    /** The reason in the page's language, or empty when it is not one Spor knows. */
    static Optional<String> reason(Texts t, String reason) {
        String r = reason.strip();
        if (r.equals(TeamSearches.NO_SUPPORT_PERSON)) {
            return Optional.of(t.text("hr.al.reason.noSupportPerson"));
        }
        if (PASSED.matcher(r).matches()) {
            return Optional.of(t.text("hr.al.reason.windowPassed"));
        }
        Matcher free = NO_FREE.matcher(r);
        if (free.matches()) {
            return Optional.of(t.text("hr.al.reason.noFreeSlot", free.group(1)));
        }
        Matcher split = SPLIT.matcher(r);
        if (split.matches()) {
            List<String> parts = new ArrayList<>();
            parts.add(t.text("hr.al.reason.split", split.group(1), split.group(2)));
            Matcher required = REQUIRED.matcher(split.group(3));
            if (required.find()) {
                parts.add(t.text("hr.al.reason.requiredMissing", count(required.group(1))));
            }
            Matcher none = NO_SLOT_FOR.matcher(split.group(3));
            if (none.find()) {
                parts.add(t.text("hr.al.reason.noSlotFor", count(none.group(1))));
            }
            return Optional.of(String.join(" ", parts));
        }
        return Optional.empty();
    }

    private static int count(String ids) {
        return ids.isBlank() ? 0 : ids.split(",").length;
    }
}
