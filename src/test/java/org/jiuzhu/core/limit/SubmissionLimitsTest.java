package org.jiuzhu.core.limit;

import org.jiuzhu.MovingClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

class SubmissionLimitsTest {

    private final MovingClock clock = new MovingClock();
    private final SubmissionLimits limits = new SubmissionLimits(Map.of(AnonymousForm.COMPLAINT, 2,
            AnonymousForm.EMERGENCY, 5, AnonymousForm.FAILED_LOGIN, 2), clock);

    @Test
    void theSubmissionOverTheAllowanceIsRefusedUntilAnHourAfterTheFirstOne() {
        limits.take(AnonymousForm.COMPLAINT, "203.0.113.1");
        clock.move(Duration.ofMinutes(20));
        limits.take(AnonymousForm.COMPLAINT, "203.0.113.1");
        clock.move(Duration.ofMinutes(10));

        assertThatThrownBy(() -> limits.take(AnonymousForm.COMPLAINT, "203.0.113.1"))
                .isInstanceOfSatisfying(TooManySubmissions.class, refused -> {
                    assertThat(refused.form()).isEqualTo(AnonymousForm.COMPLAINT);
                    // The test's clock runs on as time does, so a little less than the half hour is left.
                    assertThat(refused.retryAfter()).isBetween(Duration.ofMinutes(29), Duration.ofMinutes(30));
                });

        clock.move(Duration.ofMinutes(30));
        assertThatNoException().isThrownBy(() -> limits.take(AnonymousForm.COMPLAINT, "203.0.113.1"));
    }

    @Test
    void refusedAttemptsDoNotPushTheWindowFurther() {
        limits.take(AnonymousForm.COMPLAINT, "203.0.113.2");
        limits.take(AnonymousForm.COMPLAINT, "203.0.113.2");
        for (int i = 0; i < 50; i++) {
            assertThatThrownBy(() -> limits.take(AnonymousForm.COMPLAINT, "203.0.113.2"))
                    .isInstanceOf(TooManySubmissions.class);
        }
        clock.move(Duration.ofHours(1));
        assertThatNoException().isThrownBy(() -> limits.take(AnonymousForm.COMPLAINT, "203.0.113.2"));
    }

    @Test
    void eachFormAndEachAddressHasAnAllowanceOfItsOwn() {
        limits.take(AnonymousForm.COMPLAINT, "203.0.113.3");
        limits.take(AnonymousForm.COMPLAINT, "203.0.113.3");

        assertThatNoException().isThrownBy(() -> limits.take(AnonymousForm.EMERGENCY, "203.0.113.3"));
        assertThatNoException().isThrownBy(() -> limits.take(AnonymousForm.COMPLAINT, "203.0.113.4"));
    }

    @Test
    void anIpv6AddressCountsByItsSlash64SoALineCannotChangeAddressForEachSubmission() {
        limits.take(AnonymousForm.COMPLAINT, "2001:db8:1:2::1");
        limits.take(AnonymousForm.COMPLAINT, "2001:db8:1:2:aaaa:bbbb:cccc:dddd");

        assertThatThrownBy(() -> limits.take(AnonymousForm.COMPLAINT, "2001:db8:1:2:ffff::9"))
                .isInstanceOf(TooManySubmissions.class);
        assertThatNoException().isThrownBy(() -> limits.take(AnonymousForm.COMPLAINT, "2001:db8:1:3::1"));
        assertThat(SubmissionLimits.bucket("203.0.113.5")).isEqualTo("203.0.113.5");
    }

    @Test
    void workCountedAfterItWasDoneIsNeverRefusedItselfButSpendsTheAllowanceForWhatFollows() {
        assertThat(limits.spent(AnonymousForm.FAILED_LOGIN, "203.0.113.6")).isFalse();
        limits.count(AnonymousForm.FAILED_LOGIN, "203.0.113.6");
        assertThat(limits.spent(AnonymousForm.FAILED_LOGIN, "203.0.113.6")).isFalse();
        limits.count(AnonymousForm.FAILED_LOGIN, "203.0.113.6");
        limits.count(AnonymousForm.FAILED_LOGIN, "203.0.113.6");

        assertThat(limits.spent(AnonymousForm.FAILED_LOGIN, "203.0.113.6")).isTrue();
        assertThat(limits.spent(AnonymousForm.FAILED_LOGIN, "203.0.113.7")).isFalse();
        clock.move(Duration.ofHours(1));
        assertThat(limits.spent(AnonymousForm.FAILED_LOGIN, "203.0.113.6")).isFalse();
    }

    @Test
    void withTheCountersFullANewAddressPassesUncountedWhileTheCountedOnesStayLimited() {
        limits.take(AnonymousForm.COMPLAINT, "203.0.113.8");
        limits.take(AnonymousForm.COMPLAINT, "203.0.113.8");
        for (int i = 1; i < SubmissionLimits.MAX_ADDRESSES; i++) {
            limits.take(AnonymousForm.EMERGENCY, "10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255));
        }

        for (int i = 0; i < 5; i++) {
            assertThatNoException().isThrownBy(() -> limits.take(AnonymousForm.COMPLAINT, "203.0.113.9"));
        }
        assertThatThrownBy(() -> limits.take(AnonymousForm.COMPLAINT, "203.0.113.8"))
                .isInstanceOf(TooManySubmissions.class);
        clock.move(Duration.ofHours(1));
        // Once their hour is over the counters are swept, and new addresses are counted again.
        for (int i = 0; i < 1_000; i++) {
            limits.take(AnonymousForm.EMERGENCY, "192.0.2." + (i % 200));
        }
        limits.take(AnonymousForm.COMPLAINT, "203.0.113.9");
        limits.take(AnonymousForm.COMPLAINT, "203.0.113.9");
        assertThatThrownBy(() -> limits.take(AnonymousForm.COMPLAINT, "203.0.113.9"))
                .isInstanceOf(TooManySubmissions.class);
    }
}
