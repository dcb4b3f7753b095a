package dk.spor.statistics.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** The figure of one aggregate as last shown (as JSON: counts only), and the point it was computed up to. */
@MappedEntity("shown_figure")
public record ShownFigureRow(@Id String key, Instant shownUpTo, Instant computedAt, String figure) {
}
