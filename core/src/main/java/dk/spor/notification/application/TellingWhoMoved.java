package dk.spor.notification.application;

import dk.spor.database.Sql;
import dk.spor.notification.model.NotificationText;
import dk.spor.placement.application.PlacementEvents;
import dk.spor.programme.model.ProgrammeTime;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Tells people whose module session changed without their choosing — placed again after a session moved or was
 * cancelled, or moved by HR — and people who got a place from a waiting list, where they are now. Their own choices
 * are no news to them. In the transaction of the change.
 */
@Singleton
public class TellingWhoMoved {

    private static final DateTimeFormatter DANISH_TIME = DateTimeFormatter.ofPattern("d.M.yyyy 'kl.' HH:mm");

    private final Sql sql;
    private final NotifyingPeople notifying;

    public TellingWhoMoved(Sql sql, NotifyingPeople notifying) {
        this.sql = sql;
        this.notifying = notifying;
    }

    private record Where(String title, Instant start) {
    }

    @EventListener
    @Transactional
    public void onPlacementsChanged(PlacementEvents.PlacementsChanged changed) {
        if (changed.moved().isEmpty() && changed.gotAPlace().isEmpty()) {
            return;
        }
        Map<UUID, Where> sessions = new HashMap<>();
        List<UUID> ids = new ArrayList<>();
        changed.moved().stream().map(PlacementEvents.Moved::to).filter(java.util.Objects::nonNull).forEach(ids::add);
        changed.gotAPlace().forEach(g -> ids.add(g.session()));
        // the module's title and the session's time are the programme's to tell; a read model, not its storage
        sql.each("""
                select s.id, s.starts_at, m.title from module_session s join training_module m on m.id = s.module_id
                where s.id = any(?)""",
                row -> sessions.put(row.uuid("id"), new Where(row.string("title"), row.instant("starts_at"))), ids);
        Map<List<String>, List<UUID>> told = new LinkedHashMap<>();
        for (PlacementEvents.Moved m : changed.moved()) {
            if (m.to() == null) {
                told.computeIfAbsent(List.of(NotificationText.SESSION_LOST, title(m.moduleId())),
                        k -> new ArrayList<>()).add(m.person());
            } else if (sessions.containsKey(m.to())) {
                told.computeIfAbsent(List.of(NotificationText.SESSION_MOVED, detail(sessions.get(m.to()))),
                        k -> new ArrayList<>()).add(m.person());
            }
        }
        for (PlacementEvents.GotAPlace g : changed.gotAPlace()) {
            if (sessions.containsKey(g.session())) {
                told.computeIfAbsent(List.of(NotificationText.GOT_A_PLACE, detail(sessions.get(g.session()))),
                        k -> new ArrayList<>()).add(g.person());
            }
        }
        told.forEach((kind, people) -> notifying.people(Set.copyOf(people), changed.programmeId(), kind.get(0),
                kind.get(1)));
    }

    private String title(UUID module) {
        return sql.first("select title from training_module where id = ?", row -> "»" + row.string("title") + "«",
                module).orElse("");
    }

    private static String detail(Where where) {
        return "»" + where.title() + "«: " + DANISH_TIME.format(where.start().atZone(ProgrammeTime.ZONE));
    }
}
