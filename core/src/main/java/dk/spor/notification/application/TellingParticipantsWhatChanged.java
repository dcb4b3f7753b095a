package dk.spor.notification.application;

import dk.spor.database.Sql;
import dk.spor.notification.model.NotificationText;
import dk.spor.programme.application.ProgrammeEvents;
import dk.spor.programme.model.ProgrammeTime;
import dk.spor.programme.model.ProgrammeState;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;

/**
 * Tells a programme's participants when it is planned, paused, postponed, resumed, completed or a module moves, in the
 * same transaction as the change. The calendar invitations follow on their own; this is what they read in Spor.
 */
@Singleton
public class TellingParticipantsWhatChanged {

    private static final DateTimeFormatter DANISH_TIME = DateTimeFormatter.ofPattern("d.M.yyyy 'kl.' HH:mm");

    private final Sql sql;
    private final NotifyingPeople notifying;

    public TellingParticipantsWhatChanged(Sql sql, NotifyingPeople notifying) {
        this.sql = sql;
        this.notifying = notifying;
    }

    private record MovedModule(ProgrammeState state, String title) {
    }

    @EventListener
    @Transactional
    public void onStateChanged(ProgrammeEvents.ProgrammeStateChanged changed) {
        Optional<String> kind = NotificationText.forStateChange(changed.from(), changed.to());
        kind.ifPresent(k -> notifying.participants(changed.programmeId(), k,
                changed.reason() == null ? "" : changed.reason()));
    }

    @EventListener
    @Transactional
    public void onModuleMoved(ProgrammeEvents.ModuleMoved moved) {
        // the module's title and its programme's state are the programme's to tell; a read model, not its storage
        Optional<MovedModule> module = sql.first("""
                        select g.state, m.title from training_module m join programme g on g.id = m.programme_id
                        where m.id = ?""",
                row -> new MovedModule(row.enumValue("state", ProgrammeState.class), row.string("title")),
                moved.moduleId());
        if (module.isEmpty() || module.get().state() == ProgrammeState.DRAFT) {
            return;
        }
        String detail = "»" + module.get().title() + "«" + moved.after().stream()
                .min(Comparator.comparing(ProgrammeEvents.SessionTime::start))
                .map(s -> ": " + DANISH_TIME.format(s.start().atZone(ProgrammeTime.ZONE))).orElse("");
        notifying.participants(moved.programmeId(), NotificationText.MODULE_MOVED, detail);
    }
}
