package vn.sohoa.services.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/**
 * The locks' arithmetic, on a clock the test moves (the only way to see a 15-minute lock end
 * within a test): after five failures 30 s, doubling per failure up to 15 min; locks end; an
 * address is locked after thirty failures on any accounts.
 */
class SignInThrottleTests {

    private final MovingClock clock = new MovingClock();
    private final SignInThrottle throttle = new SignInThrottle(
            new SignInSettings(5, 30, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofMinutes(15)), clock);

    @Test
    void locksGrowWithEachFailureAndEnd() {
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.failed("lan", "10.0.0.1")).isZero();
        }
        assertThat(throttle.failed("lan", "10.0.0.1")).isEqualTo(Duration.ofSeconds(30));
        assertThat(throttle.lockedFor("LAN", "10.0.0.9")).as("the account, from anywhere, whatever the case").isEqualTo(Duration.ofSeconds(30));
        assertThat(throttle.lockedFor("minh", "10.0.0.1")).as("another account from that address").isZero();
        clock.move(Duration.ofSeconds(31));
        assertThat(throttle.lockedFor("lan", "10.0.0.1")).isZero();
        assertThat(throttle.failed("lan", "10.0.0.1")).isEqualTo(Duration.ofSeconds(60));
        clock.move(Duration.ofSeconds(61));
        Duration lock = throttle.failed("lan", "10.0.0.1");
        assertThat(lock).isEqualTo(Duration.ofSeconds(120));
        for (int i = 0; i < 10; i++) {
            clock.move(lock); // the guesser waits out each lock and tries once more
            assertThat(throttle.lockedFor("lan", "10.0.0.1")).isZero();
            lock = throttle.failed("lan", "10.0.0.1");
        }
        assertThat(lock).as("doubling stops at the longest lock").isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.lockedFor("lan", "10.0.0.1")).isEqualTo(Duration.ofMinutes(15));
        clock.move(Duration.ofMinutes(15));
        throttle.succeeded("lan");
        assertThat(throttle.lockedFor("lan", "10.0.0.2")).isZero();
    }

    @Test
    void anAddressTryingManyAccountsIsLocked() {
        for (int i = 0; i < 29; i++) {
            assertThat(throttle.failed("user" + i, "10.0.0.7")).isZero();
        }
        assertThat(throttle.failed("user29", "10.0.0.7")).isEqualTo(Duration.ofSeconds(30));
        assertThat(throttle.lockedFor("admin", "10.0.0.7")).isEqualTo(Duration.ofSeconds(30));
        assertThat(throttle.lockedFor("admin", "10.0.0.8")).isZero();
    }

    @Test
    void failuresLongAgoAreForgotten() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("lan", "10.0.0.1");
        }
        clock.move(Duration.ofMinutes(16));
        assertThat(throttle.failed("lan", "10.0.0.1")).isZero();
    }

    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-02T08:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
