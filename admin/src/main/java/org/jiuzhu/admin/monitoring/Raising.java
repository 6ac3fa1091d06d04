package org.jiuzhu.admin.monitoring;

import jakarta.inject.Singleton;
import org.jiuzhu.core.monitoring.Raise;
import org.jiuzhu.core.monitoring.Reason;
import org.jiuzhu.core.monitoring.Warnings;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns findings into warnings. Signals combine per household: with the causes already open there, each further
 * signal (another list the household is on, or a home visit) raises a warning's level one step (red at most), and
 * {@link Rules#COMBINED} distinct signals or more open the complex case warning for the county case conference, once
 * while it is open.
 */
@Singleton
class Raising {

    private static final HexFormat HEX = HexFormat.of();

    private final Warnings warnings;

    Raising(Warnings warnings) {
        this.warnings = warnings;
    }

    /** Raises the findings (and complex cases they make); answers how many warnings are new. */
    long raise(List<Finding> findings, long batch, Set<String> switchedOff) {
        if (findings.isEmpty()) {
            return 0;
        }
        Map<ByteBuffer, Set<String>> causes = new LinkedHashMap<>();
        Set<String> open = new HashSet<>();
        for (Warnings.Open o : warnings.openOn(findings.stream().map(f -> f.key().array()).distinct().toList())) {
            causes.computeIfAbsent(ByteBuffer.wrap(o.household() == null ? o.person() : o.household()),
                    k -> new TreeSet<>()).add(o.ruleId());
            open.add(HEX.formatHex(o.person()) + o.ruleId());
        }
        findings.forEach(f -> causes.computeIfAbsent(f.key(), k -> new TreeSet<>()).add(f.rule().id()));
        List<Raise> raises = new ArrayList<>();
        long fresh = 0;
        Map<ByteBuffer, Finding> firstOnHousehold = new LinkedHashMap<>();
        for (Finding f : findings) {
            Set<String> others = otherSignals(causes.get(f.key()), f.rule().id());
            List<Reason> reasons = new ArrayList<>(f.reasons());
            if (!others.isEmpty()) {
                reasons.add(Reason.of("admin.monitoring.reason.combined", String.valueOf(others.size()),
                        String.join("、", others)));
            }
            raises.add(raise(f, f.rule(), f.person(), f.rule().level().raised(Math.min(others.size(), 2)), reasons));
            fresh += open.add(HEX.formatHex(f.person()) + f.rule().id()) ? 1 : 0;
            firstOnHousehold.putIfAbsent(f.key(), f);
        }
        for (Map.Entry<ByteBuffer, Finding> entry : firstOnHousehold.entrySet()) {
            Set<String> distinct = otherSignals(causes.get(entry.getKey()), null);
            boolean conferenceOpen = causes.get(entry.getKey()).contains(Rules.COMPLEX.id());
            if (!conferenceOpen && distinct.size() >= Rules.COMBINED && !switchedOff.contains(Rules.COMPLEX.id())) {
                Finding f = entry.getValue();
                raises.add(raise(f, Rules.COMPLEX, entry.getKey().array(), Rules.COMPLEX.level(), List.of(Reason.of(
                        "admin.monitoring.reason.complex", String.valueOf(distinct.size()), String.join("、", distinct)))));
                fresh++;
            }
        }
        warnings.raise(raises, batch);
        return fresh;
    }

    /**
     * One rule id per signal among these causes, other than the signal of {@code own} (a rule id, or null) and the
     * complex case itself. A signal is a list the household appeared on, or a home visit: two rules reading the same
     * list row are one signal.
     */
    private static Set<String> otherSignals(Set<String> causes, String own) {
        String ownSignal = own == null ? null : signal(own);
        Map<String, String> bySignal = new java.util.TreeMap<>();
        causes.stream().filter(id -> !id.equals(Rules.COMPLEX.id())).filter(id -> !signal(id).equals(ownSignal))
                .sorted().forEach(id -> bySignal.putIfAbsent(signal(id), id));
        return new TreeSet<>(bySignal.values());
    }

    private static String signal(String ruleId) {
        return Rules.byId(ruleId).map(r -> r.list() == null ? r.id() : r.list().name()).orElse(ruleId);
    }

    private static Raise raise(Finding f, Rule rule, byte[] person, org.jiuzhu.core.monitoring.Level level,
                               List<Reason> reasons) {
        return new Raise(rule.id(), rule.kind(), level, rule.department(), person, f.household(), f.applicationId(),
                f.regionCode(), f.idNumber().get(), f.name().get(), reasons);
    }
}
