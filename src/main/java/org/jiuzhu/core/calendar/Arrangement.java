package org.jiuzhu.core.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * One year's holiday arrangement as the State Council's General Office publishes it each November (部分节假日安排):
 * the days off, with the weekdays moved into them (放假调休), and the weekend days worked in exchange (调休上班).
 *
 * @param restDays days off that would otherwise be working days, or are holidays anyway
 * @param workDays Saturdays and Sundays that are working days
 */
public record Arrangement(int year, Set<LocalDate> restDays, Set<LocalDate> workDays) {

    public Arrangement {
        restDays = Set.copyOf(restDays);
        workDays = Set.copyOf(workDays);
        for (LocalDate day : restDays) {
            inYear(year, day);
            if (workDays.contains(day)) {
                throw new IllegalArgumentException(day + " is both a day off and a working day");
            }
        }
        for (LocalDate day : workDays) {
            inYear(year, day);
            if (day.getDayOfWeek().getValue() < 6) {
                throw new IllegalArgumentException(day + " is a weekday: only weekend days are worked in exchange");
            }
        }
    }

    /**
     * Reads the written form used in the configuration: dates and ranges separated by commas, for example
     * {@code 2026-10-01..2026-10-07, 2026-09-20}. Answers the days in order; an unreadable entry is an error that
     * names it.
     */
    public static Set<LocalDate> days(String written) {
        Set<LocalDate> days = new TreeSet<>();
        if (written == null || written.isBlank()) {
            return days;
        }
        for (String entry : written.split(",")) {
            String item = entry.strip();
            try {
                int range = item.indexOf("..");
                LocalDate first = LocalDate.parse(range < 0 ? item : item.substring(0, range).strip());
                LocalDate last = range < 0 ? first : LocalDate.parse(item.substring(range + 2).strip());
                if (last.isBefore(first) || first.plusDays(40).isBefore(last)) {
                    throw new IllegalArgumentException("not a range of holidays: " + item);
                }
                first.datesUntil(last.plusDays(1)).forEach(days::add);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("not a date or a range of dates: " + item, e);
            }
        }
        return days;
    }

    private static void inYear(int year, LocalDate day) {
        if (day.getYear() != year) {
            throw new IllegalArgumentException(day + " is not in " + year);
        }
    }
}
