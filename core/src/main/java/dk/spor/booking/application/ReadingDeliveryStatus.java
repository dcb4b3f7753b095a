package dk.spor.booking.application;

import dk.spor.booking.model.Answering;
import dk.spor.booking.model.AttendeeRole;
import dk.spor.booking.model.BookingStatus;
import dk.spor.booking.model.DeliveryChannel;
import dk.spor.booking.model.DeliveryOutcome;
import dk.spor.booking.persistence.DeliveryStatusReads;
import dk.spor.calendars.AnswerReader.PartStat;
import dk.spor.security.PersonalDataReads;
import dk.spor.security.Viewer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The delivery status of a programme's action learning, for HR's pages: for every block, each person's channel,
 * whether the current version reached them (or is waiting, being retried, refused by the calendar server with its
 * reason, or simply in their feed), and their answer; with totals for the programme. HR needs the names to put a
 * delivery right (a wrong address, a refused calendar) and to arrange another time; reading it is written to each
 * person's access log, because answers are about them.
 */
@Singleton
public class ReadingDeliveryStatus {

    private final DeliveryStatusReads reads;
    private final DeliveryChannels channels;
    private final PersonalDataReads log;

    public ReadingDeliveryStatus(DeliveryStatusReads reads, DeliveryChannels channels, PersonalDataReads log) {
        this.reads = reads;
        this.channels = channels;
        this.log = log;
    }

    /** Where a person's copy of a block stands. */
    public enum Delivery {
        /** The person reads the feed: the block is there as it is now. */
        IN_FEED,
        /** Queued and not tried yet. */
        WAITING,
        /** Tried and failed; it is tried again ({@code problem} says why, {@code nextAttemptAt} when). */
        RETRYING,
        /** The current version reached the person. */
        SENT,
        /** An earlier version reached the person; the current one is on its way. */
        SENT_EARLIER_VERSION,
        /** The calendar server refused it for good ({@code problem} says why); it is not tried again. */
        REFUSED,
        /** Nothing was queued for the person (e.g. their channel changed, or mail is not configured). */
        NOTHING_QUEUED
    }

    @Serdeable
    public record Person(UUID personId, String name, AttendeeRole role, boolean guest, DeliveryChannel channel,
                         Delivery delivery, @Nullable Integer sentSequence, @Nullable String problem,
                         @Nullable Instant settledAt, @Nullable Instant nextAttemptAt, String answer) {
    }

    @Serdeable
    public record Block(String uid, int sequence, BookingStatus status, int afterModule, UUID unitId,
                        String unitName, Instant start, Instant end, int coming, int declined,
                        boolean fewerThanTwoComing, List<Person> people) {
    }

    @Serdeable
    public record Totals(int people, int sent, int waiting, int retrying, int refused, int inFeed, int accepted,
                         int tentative, int declined, int notAnswered, int blocksWithFewerThanTwoComing) {
    }

    @Serdeable
    public record Status(UUID programmeId, Totals totals, List<Block> blocks) {
    }

    @Transactional
    public Status of(Viewer reader, UUID programme) {
        List<DeliveryStatusReads.Line> lines = reads.of(programme);
        Set<UUID> people = lines.stream().map(DeliveryStatusReads.Line::personId).collect(Collectors.toSet());
        Map<UUID, DeliveryChannel> channel = channels.of(people);
        Map<String, List<DeliveryStatusReads.Line>> byBlock = new LinkedHashMap<>();
        lines.forEach(l -> byBlock.computeIfAbsent(l.uid(), u -> new ArrayList<>()).add(l));
        List<Block> blocks = new ArrayList<>();
        int[] t = new int[11];
        for (List<DeliveryStatusReads.Line> block : byBlock.values()) {
            DeliveryStatusReads.Line b = block.get(0);
            boolean confirmed = b.status() == BookingStatus.CONFIRMED;
            List<Person> persons = new ArrayList<>();
            int coming = 0;
            int declined = 0;
            boolean participantDeclined = false;
            for (DeliveryStatusReads.Line l : block) {
                PartStat said = PartStat.of(l.partstat()).orElse(PartStat.NEEDS_ACTION);
                Delivery delivery = delivery(l, channel.get(l.personId()));
                persons.add(new Person(l.personId(), l.name(), l.role(), l.guest(), channel.get(l.personId()),
                        delivery, l.sentSequence(), delivery == Delivery.RETRYING || delivery == Delivery.REFUSED
                        ? l.lastError() : null, l.settledAt(), delivery == Delivery.RETRYING ? l.nextAttemptAt() : null,
                        said.value()));
                coming += l.role() == AttendeeRole.PARTICIPANT && Answering.coming(said) ? 1 : 0;
                declined += Answering.coming(said) ? 0 : 1;
                participantDeclined |= l.role() == AttendeeRole.PARTICIPANT && !Answering.coming(said);
                if (confirmed) {
                    t[0]++;
                    t[switch (delivery) {
                        case SENT -> 1;
                        case WAITING, SENT_EARLIER_VERSION, NOTHING_QUEUED -> 2;
                        case RETRYING -> 3;
                        case REFUSED -> 4;
                        case IN_FEED -> 5;
                    }]++;
                    t[switch (said) {
                        case ACCEPTED -> 6;
                        case TENTATIVE -> 7;
                        case DECLINED, DELEGATED -> 8;
                        case NEEDS_ACTION -> 9;
                    }]++;
                }
            }
            // a block planned for one person is not "left" with fewer than two: only declines leave it so
            boolean fewer = confirmed && participantDeclined && coming < Answering.FEWEST_TO_LEARN_TOGETHER;
            t[10] += fewer ? 1 : 0;
            blocks.add(new Block(b.uid(), b.sequence(), b.status(), b.afterModule(), b.unitId(), b.unitName(),
                    b.start(), b.end(), coming, declined, fewer, persons));
        }
        log.logged(reader, people, PersonalDataReads.CALENDAR_ANSWERS,
                PersonalDataReads.PURPOSE_DELIVER_ACTION_LEARNING);
        return new Status(programme, new Totals(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10]),
                blocks);
    }

    private static Delivery delivery(DeliveryStatusReads.Line l, DeliveryChannel now) {
        if (now == DeliveryChannel.FEED) {
            return Delivery.IN_FEED;
        }
        if (l.channel() == null || l.channel() != now) {
            return Delivery.NOTHING_QUEUED;
        }
        if (l.outcome() == null) {
            return l.attempts() == 0 ? Delivery.WAITING : Delivery.RETRYING;
        }
        if (l.outcome() == DeliveryOutcome.REFUSED) {
            return Delivery.REFUSED;
        }
        return l.sentSequence() != null && l.sentSequence() == l.sequence() ? Delivery.SENT
                : Delivery.SENT_EARLIER_VERSION;
    }
}
