package dk.spor.support;

import io.micronaut.test.support.TestPropertyProvider;

import java.util.Map;

/** Implemented by HTTP test classes: the server under test runs on a fresh real PostgreSQL database. */
public interface RealDatabase extends TestPropertyProvider {
    @Override
    default Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }
}
