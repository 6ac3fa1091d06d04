package org.jiuzhu.core.calendar;

import jakarta.inject.Singleton;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Counts working days: a deadline of n working days after a day is the n-th working day after it. */
@Singleton
public class WorkingDays {

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    public LocalDate plus(LocalDate from, int days) {
        LocalDate day = from;
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
