package org.jiuzhu.core.calendar;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Counts working days (工作日): a deadline of n working days after a day is the n-th working day after it. A day is a
 * working day by the year's {@link Arrangement} where one is configured ({@code jiuzhu.calendar.<year>.rest-days} and
 * {@code .work-days} for each year in {@code jiuzhu.calendar.years}); otherwise Monday to Friday except the holidays
 * whose dates the law fixes (New Year's Day, 1 and 2 May, 1 to 3 October), and a warning in the log asks for the year's
 * arrangement, since the lunar holidays and the swapped days cannot be derived.
 */
@Singleton
public class WorkingDays {

    private static final Logger LOG = LoggerFactory.getLogger(WorkingDays.class);
    // 《全国年节及纪念日放假办法》 (2024 revision): the holidays on fixed solar dates.
    private static final Set<MonthDay> FIXED = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(5, 2),
            MonthDay.of(10, 1), MonthDay.of(10, 2), MonthDay.of(10, 3));

    private final Map<Integer, Arrangement> arrangements;
    private final Set<Integer> warned = ConcurrentHashMap.newKeySet();

    public WorkingDays(Collection<Arrangement> arrangements) {
        this.arrangements = arrangements.stream().collect(Collectors.toUnmodifiableMap(Arrangement::year,
                Function.identity()));
    }

    @Inject
    WorkingDays(@Value("${jiuzhu.calendar.years:}") List<Integer> years, Environment environment) {
        this(years.stream().map(year -> new Arrangement(year,
                Arrangement.days(environment.getProperty("jiuzhu.calendar." + year + ".rest-days", String.class)
                        .orElse("")),
                Arrangement.days(environment.getProperty("jiuzhu.calendar." + year + ".work-days", String.class)
                        .orElse("")))).toList());
    }

    public boolean isWorkingDay(LocalDate day) {
        Arrangement arrangement = arrangements.get(day.getYear());
        if (arrangement == null) {
            if (warned.add(day.getYear())) {
                LOG.warn("No holiday arrangement is configured for {}: deadlines then skip weekends and the fixed "
                        + "holidays only. Set jiuzhu.calendar.years and jiuzhu.calendar.{}.rest-days / .work-days "
                        + "from the State Council's notice.", day.getYear(), day.getYear());
            }
            return !weekend(day) && !FIXED.contains(MonthDay.from(day));
        }
        if (arrangement.workDays().contains(day)) {
            return true;
        }
        return !weekend(day) && !arrangement.restDays().contains(day);
    }

    /** Whether the year's arrangement is configured, rather than guessed from weekends and fixed holidays. */
    public boolean knows(int year) {
        return arrangements.containsKey(year);
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

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
