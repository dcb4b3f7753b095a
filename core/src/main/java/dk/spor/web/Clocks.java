package dk.spor.web;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The one clock of the server; rules take a {@link Clock} so tests can state time. */
@Factory
public class Clocks {
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
