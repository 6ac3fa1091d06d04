package org.jiuzhu.core.report;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.report.persistence.FigureStore;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A region's figures as a supervisor sees them: applications by stage, by category (households receiving aid) and by
 * month of submission (the last twelve), the average days an application spent in each stage and how often the
 * stage's deadline was kept, the monitoring's open warnings and referrals, overdue ones apart, and complaints by type
 * and stage with how often replies kept their deadline and satisfied the complainant.
 */
@Singleton
public class RegionFigures {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final FigureStore store;
    private final Clock clock;

    RegionFigures(FigureStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** One row of a table: a key (a status, a category, a month...) and its numbers. */
    public record Row(String key, double... values) {
    }

    /** Everything on the dashboard, for one scope. */
    public record Figures(List<Row> byStage, List<Row> byCategory, List<Row> byMonth, List<Row> daysPerStage,
                          List<Row> warnings, List<Row> referrals, List<Row> complaints,
                          List<Row> complaintService) {
    }

    public static boolean mayRead(Actor actor) {
        return actor.is(Role.SUPERVISOR, Role.ADMIN);
    }

    @Transactional(readOnly = true)
    public Figures of(Actor actor) {
        if (!mayRead(actor)) {
            throw new IllegalStateException("figures are for supervisors");
        }
        String scope = actor.scope().likePattern();
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        return new Figures(store.byStage(scope), store.byCategory(scope), store.byMonth(scope, today.minusMonths(11)
                .withDayOfMonth(1)), store.daysPerStage(scope), store.warnings(scope), store.referrals(scope, today),
                store.complaints(scope, today), store.complaintService(scope));
    }
}
