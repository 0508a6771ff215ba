package de.lotse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in integration tests: the real time plus an offset a test can move
 * forward, instead of waiting. A test that moves it calls {@link #reset()} afterwards, because all
 * tests share the application.
 */
public final class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** Moves the clock forward (or back, with a negative duration). */
    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    /** Back to the real time. */
    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test clock runs in UTC");
    }

    /** Puts the test clock in place of the application's. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
