package dk.spor.calendars;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Input to {@link SlotFinder#find(SlotRequest)}.
 *
 * @param attendees     the people to book together; ids must be unique
 * @param window        where the slot may lie, typically from the end of module n to the start of module n+1
 * @param zone          zone of working hours, sector windows and holidays (Europe/Copenhagen by default)
 * @param workingHours  default working hours (Mon–Fri 08:00–16:00 by default)
 * @param duration      slot length, 60 to 120 minutes
 * @param bufferBefore  free time required between the end of a slot and the next busy interval
 * @param bufferAfter   free time required between the end of a busy interval and the start of a slot
 * @param step          granularity of slot starts, counted from local midnight (1 to 60 minutes)
 * @param sectorRules   sector booking rules
 * @param skipHolidays  true to avoid Danish public holidays ({@link DanishHolidays})
 * @param clock         the clock defining "now"; no slot starts before now
 */
public record SlotRequest(
        List<Attendee> attendees,
        TimeRange window,
        ZoneId zone,
        WorkingHours workingHours,
        Duration duration,
        Duration bufferBefore,
        Duration bufferAfter,
        Duration step,
        SectorRules sectorRules,
        boolean skipHolidays,
        Clock clock) {

    /** Europe/Copenhagen. */
    public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    /** Shortest allowed slot. */
    public static final Duration MIN_DURATION = Duration.ofMinutes(60);
    /** Longest allowed slot. */
    public static final Duration MAX_DURATION = Duration.ofMinutes(120);

    /** Validates all fields; see the record description for the rules. */
    public SlotRequest {
        Objects.requireNonNull(attendees, "attendees");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(workingHours, "workingHours");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(bufferBefore, "bufferBefore");
        Objects.requireNonNull(bufferAfter, "bufferAfter");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(sectorRules, "sectorRules");
        Objects.requireNonNull(clock, "clock");
        attendees = List.copyOf(attendees);
        if (attendees.isEmpty()) {
            throw new IllegalArgumentException("at least one attendee is needed");
        }
        Set<String> ids = new HashSet<>();
        for (Attendee a : attendees) {
            if (!ids.add(a.id())) {
                throw new IllegalArgumentException("duplicate attendee id: " + a.id());
            }
        }
        if (duration.compareTo(MIN_DURATION) < 0 || duration.compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException("duration must be 60 to 120 minutes, got " + duration.toMinutes());
        }
        if (bufferBefore.isNegative() || bufferAfter.isNegative()) {
            throw new IllegalArgumentException("buffers must not be negative");
        }
        if (step.compareTo(Duration.ofMinutes(1)) < 0 || step.compareTo(Duration.ofMinutes(60)) > 0) {
            throw new IllegalArgumentException("step must be 1 to 60 minutes");
        }
    }

    /**
     * Starts a builder with defaults: Europe/Copenhagen, Mon–Fri 08:00–16:00, 60 minutes,
     * no buffers, 15-minute step, no sector rules, holidays skipped, the system UTC clock.
     *
     * @param attendees the attendees
     * @param window    the window
     * @return a builder
     */
    public static Builder builder(List<Attendee> attendees, TimeRange window) {
        return new Builder(attendees, window);
    }

    /** Builder for {@link SlotRequest}. */
    public static final class Builder {
        private final List<Attendee> attendees;
        private final TimeRange window;
        private ZoneId zone = COPENHAGEN;
        private WorkingHours workingHours = WorkingHours.DEFAULT;
        private Duration duration = MIN_DURATION;
        private Duration bufferBefore = Duration.ZERO;
        private Duration bufferAfter = Duration.ZERO;
        private Duration step = Duration.ofMinutes(15);
        private SectorRules sectorRules = SectorRules.NONE;
        private boolean skipHolidays = true;
        private Clock clock = Clock.systemUTC();

        private Builder(List<Attendee> attendees, TimeRange window) {
            this.attendees = attendees;
            this.window = window;
        }

        /** @param v zone @return this */
        public Builder zone(ZoneId v) {
            zone = v;
            return this;
        }

        /** @param v default working hours @return this */
        public Builder workingHours(WorkingHours v) {
            workingHours = v;
            return this;
        }

        /** @param v slot length @return this */
        public Builder duration(Duration v) {
            duration = v;
            return this;
        }

        /** @param before buffer before busy time @param after buffer after busy time @return this */
        public Builder buffers(Duration before, Duration after) {
            bufferBefore = before;
            bufferAfter = after;
            return this;
        }

        /** @param v granularity of starts @return this */
        public Builder step(Duration v) {
            step = v;
            return this;
        }

        /** @param v sector rules @return this */
        public Builder sectorRules(SectorRules v) {
            sectorRules = v;
            return this;
        }

        /** @param v whether to skip Danish public holidays @return this */
        public Builder skipHolidays(boolean v) {
            skipHolidays = v;
            return this;
        }

        /** @param v clock for "now" @return this */
        public Builder clock(Clock v) {
            clock = v;
            return this;
        }

        /** @return the validated request */
        public SlotRequest build() {
            return new SlotRequest(attendees, window, zone, workingHours, duration, bufferBefore, bufferAfter,
                    step, sectorRules, skipHolidays, clock);
        }
    }
}
