package org.jiuzhu.admin.monitoring;

import org.jiuzhu.admin.exchange.ListKind;
import org.jiuzhu.core.account.Department;
import org.jiuzhu.core.monitoring.Level;
import org.jiuzhu.core.monitoring.WarningKind;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A warning rule as data: which list it reads, whom in the database it is about, what the row must say, which aid
 * must be missing from the household's chain in the last year (or null), and the warning it raises: kind, level,
 * department. Its description is the message {@code admin.rule.<id>}.
 */
public record Rule(String id, ListKind list, Who who, List<Condition> conditions, String missingAid,
                   WarningKind kind, Level level, Department department) {

    /** Whom a rule is about, by where the person stands in the low-income database. */
    public enum Who {
        /** Members of households receiving aid. */
        RECEIVING_AID,
        /** Members of households receiving aid, and people on the relapse watch (medical aid covers both, Hubei). */
        RECEIVING_AID_OR_WATCHED,
        /** People the database does not hold as receiving or applying: never there, refused within a year, exited within two years. */
        NOT_IN_ROLLS,
        /** Members of households receiving aid whom the list does not name (read once the whole list is compared). */
        RECEIVING_AID_NOT_LISTED;

        public String messageKey() {
            return "admin.rule.who." + name().toLowerCase(Locale.ROOT);
        }
    }

    public Rule {
        conditions = List.copyOf(conditions);
    }

    public boolean holds(Map<String, String> facts) {
        return conditions.stream().allMatch(c -> c.test().test(facts));
    }

    public String messageKey() {
        return "admin.rule." + id;
    }
}
