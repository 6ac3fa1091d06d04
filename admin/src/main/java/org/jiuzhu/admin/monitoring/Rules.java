package org.jiuzhu.admin.monitoring;

import org.jiuzhu.admin.exchange.ListKind;
import org.jiuzhu.core.account.Department;
import org.jiuzhu.core.monitoring.Level;
import org.jiuzhu.core.monitoring.WarningKind;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.jiuzhu.admin.monitoring.Condition.atLeast;
import static org.jiuzhu.admin.monitoring.Condition.is;
import static org.jiuzhu.admin.monitoring.Condition.oneOf;
import static org.jiuzhu.admin.monitoring.Rule.Who.NOT_IN_ROLLS;
import static org.jiuzhu.admin.monitoring.Rule.Who.RECEIVING_AID;
import static org.jiuzhu.admin.monitoring.Rule.Who.RECEIVING_AID_NOT_LISTED;
import static org.jiuzhu.admin.monitoring.Rule.Who.RECEIVING_AID_OR_WATCHED;
import static org.jiuzhu.core.monitoring.Level.ORANGE;
import static org.jiuzhu.core.monitoring.Level.RED;
import static org.jiuzhu.core.monitoring.Level.YELLOW;
import static org.jiuzhu.core.monitoring.WarningKind.ENTITLED_MISSING;
import static org.jiuzhu.core.monitoring.WarningKind.IMPROVED;
import static org.jiuzhu.core.monitoring.WarningKind.MAY_QUALIFY;
import static org.jiuzhu.core.monitoring.WarningKind.NEW_HARDSHIP;

/**
 * Every warning rule, one line each (DOMAIN §3.7 lists, §3.8 dispositions). The rules page lists them as they are
 * here; a supervisor may switch any off. Signals combine: each further signal open on a household (another list it
 * is on, or a home visit) raises a warning's level one step, and {@link #COMBINED} signals or more on one household
 * call the county case conference.
 */
public final class Rules {

    /** Out-of-pocket spending that makes a medical bill large (Hubei's illness-impoverished wording). */
    static final BigDecimal LARGE_BILL = new BigDecimal("20000");
    /** Distinct signals on one household that make it a complex case. */
    public static final int COMBINED = 3;

    public static final Rule COMPLEX = new Rule("CPX-01", null, null, List.of(), null, WarningKind.COMPLEX, RED,
            Department.CIVIL_AFFAIRS);

    /** Raised by a home visit: kind, level and department are the visitor's choice (the ones here are defaults). */
    public static final Rule VISIT = new Rule(org.jiuzhu.core.monitoring.Visits.RULE, null, null, List.of(), null,
            NEW_HARDSHIP, ORANGE, Department.CIVIL_AFFAIRS);

    private static final List<Rule> ALL = List.of(
            rule("EDU-01", ListKind.POOR_STUDENTS, RECEIVING_AID, List.of(is("aided", "是否已资助", "否")), null,
                    ENTITLED_MISSING, ORANGE, Department.EDUCATION),
            rule("EDU-02", ListKind.POOR_STUDENTS, RECEIVING_AID_NOT_LISTED, List.of(), null,
                    ENTITLED_MISSING, YELLOW, Department.EDUCATION),
            rule("HRS-01", ListKind.REGISTERED_UNEMPLOYED, RECEIVING_AID,
                    List.of(is("employmentAid", "是否享受就业帮扶", "否")), "EMPLOYMENT",
                    NEW_HARDSHIP, ORANGE, Department.HRSS),
            rule("HEA-01", ListKind.SERIOUSLY_ILL, RECEIVING_AID_OR_WATCHED, List.of(), "MEDICAL",
                    ENTITLED_MISSING, ORANGE, Department.MEDICAL_SECURITY),
            rule("HEA-02", ListKind.SERIOUSLY_ILL, NOT_IN_ROLLS, List.of(), null,
                    MAY_QUALIFY, ORANGE, Department.CIVIL_AFFAIRS),
            rule("MED-01", ListKind.LARGE_MEDICAL_BILLS, RECEIVING_AID_OR_WATCHED,
                    List.of(atLeast("outOfPocket", "个人自付金额（元）", LARGE_BILL)), "MEDICAL",
                    ENTITLED_MISSING, ORANGE, Department.MEDICAL_SECURITY),
            rule("MED-02", ListKind.LARGE_MEDICAL_BILLS, NOT_IN_ROLLS,
                    List.of(atLeast("outOfPocket", "个人自付金额（元）", LARGE_BILL)), null,
                    MAY_QUALIFY, ORANGE, Department.CIVIL_AFFAIRS),
            rule("DPF-01", ListKind.SEVERELY_DISABLED, NOT_IN_ROLLS, List.of(Condition.severeDisability()), null,
                    MAY_QUALIFY, ORANGE, Department.CIVIL_AFFAIRS),
            rule("HOU-01", ListKind.HOUSING_INSECURE, RECEIVING_AID, List.of(oneOf("houseGrade", "房屋鉴定等级",
                    Set.of("C", "D")), is("renovationListed", "是否列入改造", "否")), null,
                    ENTITLED_MISSING, RED, Department.HOUSING),
            rule("EMG-01", ListKind.DISASTER_AFFECTED, RECEIVING_AID, List.of(), "DISASTER",
                    NEW_HARDSHIP, ORANGE, Department.EMERGENCY),
            rule("EMG-02", ListKind.DISASTER_AFFECTED, NOT_IN_ROLLS, List.of(), null,
                    MAY_QUALIFY, YELLOW, Department.CIVIL_AFFAIRS),
            rule("AGR-01", ListKind.RELAPSE_WATCH, NOT_IN_ROLLS, List.of(), null,
                    MAY_QUALIFY, YELLOW, Department.CIVIL_AFFAIRS),
            rule("UNI-01", ListKind.STRUGGLING_WORKERS, NOT_IN_ROLLS, List.of(), null,
                    MAY_QUALIFY, YELLOW, Department.CIVIL_AFFAIRS),
            rule("DTH-01", ListKind.DEATHS, RECEIVING_AID, List.of(), null,
                    IMPROVED, RED, Department.CIVIL_AFFAIRS),
            rule("IMP-01", ListKind.IMPROVEMENT_SIGNALS, RECEIVING_AID, List.of(), null,
                    IMPROVED, YELLOW, Department.CIVIL_AFFAIRS),
            VISIT,
            COMPLEX);

    private Rules() {
    }

    private static Rule rule(String id, ListKind list, Rule.Who who, List<Condition> conditions, String missingAid,
                             WarningKind kind, Level level, Department department) {
        return new Rule(id, list, who, conditions, missingAid, kind, level, department);
    }

    /** Every rule in catalogue order, the visit's and the combining rule last. */
    public static List<Rule> all() {
        return ALL;
    }

    public static Optional<Rule> byId(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The rules that read this kind of list. */
    static List<Rule> reading(ListKind kind) {
        return ALL.stream().filter(r -> r.list() == kind).toList();
    }
}
