package org.jiuzhu.core.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDaysTest {

    private final WorkingDays days = new WorkingDays();

    @Test
    void aDeadlineSkipsTheWeekend() {
        LocalDate friday = LocalDate.of(2026, 12, 4);
        assertThat(days.plus(friday, 1)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(days.plus(LocalDate.of(2026, 12, 2), 5)).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(days.plus(LocalDate.of(2026, 12, 5), 10)).isEqualTo(LocalDate.of(2026, 12, 18));
        assertThat(days.isWorkingDay(LocalDate.of(2026, 12, 6))).isFalse();
    }
}
