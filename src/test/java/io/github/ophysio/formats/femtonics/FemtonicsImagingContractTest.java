package io.github.ophysio.formats.femtonics;

import io.github.ophysio.formats.OpenOptions;
import io.github.ophysio.testing.FixtureContractTest;
import java.util.Map;
import org.junit.jupiter.api.Nested;

/** The imaging contract on the MESc fixtures: default unit of two sessions, a named unit of chunked data. */
class FemtonicsImagingContractTest {

    @Nested
    class DefaultUnitFirstChannel extends FixtureContractTest {
        DefaultUnitFirstChannel() {
            super("femtonics", "two_sessions.mesc", Map.of());
        }
    }

    @Nested
    class DefaultUnitSecondChannel extends FixtureContractTest {
        DefaultUnitSecondChannel() {
            super("femtonics", "two_sessions.mesc", Map.of(OpenOptions.CHANNEL, "1"));
        }
    }

    @Nested
    class NamedUnitChunkedSecondChannel extends FixtureContractTest {
        NamedUnitChunkedSecondChannel() {
            super("femtonics", "one_session_chunked.mesc", Map.of());
        }
    }
}
