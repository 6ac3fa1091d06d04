package org.jiuzhu.core.calendar;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Deadlines in working days follow the State Council's arrangement of the year: holidays off, swapped days worked. */
class WorkingDaysTest {

    private static final Arrangement Y2026 = new Arrangement(2026,
            Arrangement.days("2026-01-01..2026-01-03, 2026-02-15..2026-02-23, 2026-10-01..2026-10-07"),
            Arrangement.days("2026-01-04, 2026-02-14, 2026-02-28, 2026-09-20, 2026-10-10"));

    private final WorkingDays days = new WorkingDays(List.of(Y2026));

    @Test
    void aDeadlineSkipsTheWeekend() {
        LocalDate friday = LocalDate.of(2026, 12, 4);
        assertThat(days.plus(friday, 1)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(days.plus(LocalDate.of(2026, 12, 2), 5)).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(days.plus(LocalDate.of(2026, 12, 5), 10)).isEqualTo(LocalDate.of(2026, 12, 18));
        assertThat(days.isWorkingDay(LocalDate.of(2026, 12, 6))).isFalse();
    }

    @Test
    void aDeadlineAcrossNationalDaySkipsTheHolidayAndCountsTheMakeUpSaturday() {
        LocalDate wednesdayBefore = LocalDate.of(2026, 9, 30);

        assertThat(days.plus(wednesdayBefore, 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(days.plus(wednesdayBefore, 3)).as("Saturday 10 October is worked").isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(days.plus(wednesdayBefore, 4)).isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(days.plus(wednesdayBefore, 13)).isEqualTo(LocalDate.of(2026, 10, 23));
        assertThat(days.plus(LocalDate.of(2026, 9, 18), 1)).as("Sunday 20 September is worked")
                .isEqualTo(LocalDate.of(2026, 9, 20));
    }

    @Test
    void theSpringFestivalIsNineDaysOffBetweenTwoWorkedSaturdays() {
        assertThat(days.plus(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(days.plus(LocalDate.of(2026, 2, 13), 2)).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(days.isWorkingDay(LocalDate.of(2026, 2, 23))).as("a Monday off").isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();
    }

    @Test
    void aYearWithoutItsArrangementStillSkipsTheHolidaysOnFixedDates() {
        assertThat(days.knows(2027)).isFalse();
        assertThat(days.plus(LocalDate.of(2026, 12, 31), 1)).as("1 January 2027 is a Friday off")
                .isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(days.isWorkingDay(LocalDate.of(2027, 10, 1))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2027, 5, 3))).as("the swapped days are unknown").isTrue();
    }

    @Test
    void theArrangementsComeFromTheConfigurationOfEachYear() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("jiuzhu.calendar.years", "2026,2027",
                "jiuzhu.calendar.2027.rest-days", "2027-01-01..2027-01-03", "jiuzhu.calendar.2027.work-days", ""))) {
            WorkingDays configured = context.getBean(WorkingDays.class);

            assertThat(configured.knows(2027)).isTrue();
            assertThat(configured.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
            assertThat(configured.isWorkingDay(LocalDate.of(2027, 10, 1))).as("not in that year's days off").isTrue();
            assertThat(configured.plus(LocalDate.of(2026, 9, 30), 3)).as("2026 as shipped")
                    .isEqualTo(LocalDate.of(2026, 10, 10));
        }
    }

    @Test
    void aMistakeInTheArrangementIsRefusedWithTheEntryNamed() {
        assertThatThrownBy(() -> Arrangement.days("2026-10-01..2026-10-07, 2026-13-01"))
                .hasMessageContaining("2026-13-01");
        assertThatThrownBy(() -> new Arrangement(2026, Arrangement.days("2026-10-01"),
                Arrangement.days("2026-10-08"))).hasMessageContaining("weekday");
        assertThatThrownBy(() -> new Arrangement(2026, Arrangement.days("2027-01-01"), Arrangement.days("")))
                .hasMessageContaining("not in 2026");
        assertThatThrownBy(() -> Arrangement.days("2026-10-07..2026-10-01")).hasMessageContaining("range");
    }
}
