package dk.spor.booking.application;

import dk.spor.booking.model.DeliveryChannel;
import dk.spor.booking.persistence.CalendarChannelRow;
import dk.spor.booking.persistence.CalendarChannels;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The one channel each person receives their calendar by: their own choice, else the organisation's default
 * ({@code spor.calendar.default-channel}). A choice of CalDAV counts only while a CalDAV server is configured.
 */
@Singleton
public class DeliveryChannels {

    private final CalendarChannels chosen;
    private final CalendarSettings settings;

    public DeliveryChannels(CalendarChannels chosen, CalendarSettings settings) {
        this.chosen = chosen;
        this.settings = settings;
    }

    /** The person's channel now. */
    public DeliveryChannel of(UUID person) {
        return chosen.findById(person).map(CalendarChannelRow::channel).map(this::usable)
                .orElse(settings.defaultChannel());
    }

    /** Each person's channel now. */
    public Map<UUID, DeliveryChannel> of(Collection<UUID> people) {
        Map<UUID, DeliveryChannel> channels = new HashMap<>();
        people.forEach(p -> channels.put(p, settings.defaultChannel()));
        if (!people.isEmpty()) {
            List<CalendarChannelRow> rows = chosen.findByPersonIdIn(people);
            rows.forEach(r -> channels.put(r.personId(), usable(r.channel())));
        }
        return channels;
    }

    /** The channels a person can choose here. */
    public List<DeliveryChannel> offered() {
        return settings.caldav() ? List.of(DeliveryChannel.MAIL, DeliveryChannel.FEED, DeliveryChannel.CALDAV)
                : List.of(DeliveryChannel.MAIL, DeliveryChannel.FEED);
    }

    private DeliveryChannel usable(DeliveryChannel channel) {
        return channel == DeliveryChannel.CALDAV && !settings.caldav() ? settings.defaultChannel() : channel;
    }
}
