package org.jiuzhu.admin.monitoring;

import jakarta.inject.Singleton;
import org.jiuzhu.admin.exchange.Exchanges;
import org.jiuzhu.admin.exchange.ListComparison;
import org.jiuzhu.core.application.Rolls;
import org.jiuzhu.core.chain.AssistanceChain;
import org.jiuzhu.core.monitoring.Reason;
import org.jiuzhu.core.monitoring.RuleSwitches;
import org.jiuzhu.core.region.Regions;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares list rows with the low-income database through the person index and applies the rules that read the list:
 * who the person is in the database, what the row says, which aid the household's chain lacks in the last year.
 * Each chunk is one lookup of the database and one of the chain; {@link Raising} combines and writes the findings.
 */
@Singleton
class Comparison implements ListComparison {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int CHUNK = 1000;

    private final Rolls rolls;
    private final AssistanceChain chain;
    private final RuleSwitches switches;
    private final Raising raising;
    private final Exchanges exchanges;
    private final Regions regions;
    private final Clock clock;

    Comparison(Rolls rolls, AssistanceChain chain, RuleSwitches switches, Raising raising, Exchanges exchanges,
               Regions regions, Clock clock) {
        this.rolls = rolls;
        this.chain = chain;
        this.switches = switches;
        this.raising = raising;
        this.exchanges = exchanges;
        this.regions = regions;
        this.clock = clock;
    }

    @Override
    public long compare(Listed list, List<Person> rows) {
        if (list.kind() == org.jiuzhu.admin.exchange.ListKind.RELAPSE_WATCH) {
            rolls.watchForRelapse(rows.stream().map(r -> new Rolls.Watched(r.personIndex(), r.regionCode() != null
                    ? r.regionCode() : list.regionCode(), r.facts().get("identifiedOn") == null ? null
                    : LocalDate.parse(r.facts().get("identifiedOn")))).toList(), list.batchId());
        }
        Set<String> off = switches.switchedOff();
        List<Rule> rules = Rules.reading(list.kind()).stream().filter(r -> !off.contains(r.id()))
                .filter(r -> r.who() != Rule.Who.RECEIVING_AID_NOT_LISTED).toList();
        if (rules.isEmpty()) {
            return 0;
        }
        Map<ByteBuffer, Rolls.Member> members = rolls.of(rows.stream().map(Person::personIndex).toList());
        Map<ByteBuffer, Set<String>> aid = chain.aidKindsSince(members.values().stream()
                .filter(m -> m.place() == Rolls.Place.RECEIVING_AID || m.place() == Rolls.Place.RELAPSE_WATCH)
                .map(Rolls.Member::household).toList(),
                today().minusYears(1));
        List<Finding> findings = new ArrayList<>();
        for (Person row : rows) {
            Rolls.Member member = members.get(ByteBuffer.wrap(row.personIndex()));
            for (Rule rule : rules) {
                if (applies(rule, member, row, aid)) {
                    findings.add(finding(list, rule, row, member));
                }
            }
        }
        return raising.raise(findings, list.batchId(), off);
    }

    @Override
    public long finish(Listed list) {
        Set<String> off = switches.switchedOff();
        List<Rule> rules = Rules.reading(list.kind()).stream().filter(r -> !off.contains(r.id()))
                .filter(r -> r.who() == Rule.Who.RECEIVING_AID_NOT_LISTED).toList();
        long raised = 0;
        for (Rule rule : rules) {
            List<Rolls.Member> students = rolls.studentsReceivingAid(regions.get(list.regionCode()).scope());
            for (int from = 0; from < students.size(); from += CHUNK) {
                List<Rolls.Member> chunk = students.subList(from, Math.min(students.size(), from + CHUNK));
                Set<ByteBuffer> listed = exchanges.listedIn(list.batchId(), chunk.stream().map(Rolls.Member::person)
                        .toList());
                raised += raising.raise(chunk.stream().filter(m -> !listed.contains(ByteBuffer.wrap(m.person())))
                        .map(m -> notListed(list, rule, m)).toList(), list.batchId(), off);
            }
        }
        return raised;
    }

    private static boolean applies(Rule rule, Rolls.Member member, Person row, Map<ByteBuffer, Set<String>> aid) {
        boolean receiving = member != null && member.place() == Rolls.Place.RECEIVING_AID;
        boolean watched = member != null && member.place() == Rolls.Place.RELAPSE_WATCH;
        boolean inRolls = receiving || member != null && member.place() == Rolls.Place.APPLYING;
        boolean who = switch (rule.who()) {
            case RECEIVING_AID -> receiving;
            case RECEIVING_AID_OR_WATCHED -> receiving || watched;
            case NOT_IN_ROLLS -> !inRolls;
            case RECEIVING_AID_NOT_LISTED -> false;
        };
        return who && rule.holds(row.facts()) && (rule.missingAid() == null
                || !aid.getOrDefault(ByteBuffer.wrap(member.household()), Set.of()).contains(rule.missingAid()));
    }

    private Finding finding(Listed list, Rule rule, Person row, Rolls.Member member) {
        List<Reason> reasons = new ArrayList<>();
        reasons.add(Reason.of("admin.monitoring.reason.listed", "@" + list.kind().messageKey(),
                "@" + list.department().messageKey(), date(list)));
        String facts = list.kind().columns().stream().skip(3).filter(c -> row.facts().get(c.key()) != null)
                .map(c -> c.header() + "：" + row.facts().get(c.key())).collect(Collectors.joining("；"));
        if (!facts.isEmpty()) {
            reasons.add(Reason.of("admin.monitoring.reason.facts", facts));
        }
        reasons.add(standing(member));
        if (rule.missingAid() != null) {
            reasons.add(Reason.of("admin.monitoring.reason.noAid", "@core.aid." + rule.missingAid().toLowerCase(
                    java.util.Locale.ROOT)));
        }
        String region = member != null ? member.regionCode() : row.regionCode() != null ? row.regionCode()
                : list.regionCode();
        return new Finding(rule, row.personIndex(), member == null ? null : member.household(),
                member == null || member.place() == Rolls.Place.RELAPSE_WATCH ? null : member.applicationId(), region,
                row.idNumber(), row.name(), reasons);
    }

    private Finding notListed(Listed list, Rule rule, Rolls.Member member) {
        return new Finding(rule, member.person(), member.household(), member.applicationId(), member.regionCode(),
                member.idNumber(), member::name, List.of(standing(member), Reason.of(
                "admin.monitoring.reason.notListed", "@" + list.kind().messageKey(),
                "@" + list.department().messageKey(), date(list))));
    }

    private static Reason standing(Rolls.Member member) {
        if (member == null || member.place() == Rolls.Place.ENDED) {
            return Reason.of("admin.monitoring.reason.outside");
        }
        String ended = member.endedAt() == null ? "" : member.endedAt().atZone(CHINA).toLocalDate().toString();
        return switch (member.place()) {
            case RECEIVING_AID -> Reason.of("admin.monitoring.reason.receiving", member.categories().stream()
                    .sorted().map(c -> "@" + c.messageKey()).collect(Collectors.joining(",")));
            case REFUSED_WITHIN_A_YEAR -> Reason.of("admin.monitoring.reason.refused", ended);
            case EXITED_WITHIN_TWO_YEARS -> Reason.of("admin.monitoring.reason.exited", ended);
            case APPLYING -> Reason.of("admin.monitoring.reason.applying");
            case RELAPSE_WATCH -> Reason.of("admin.monitoring.reason.relapseWatch", member.watchedSince() == null
                    ? "" : member.watchedSince().toString());
            case ENDED -> Reason.of("admin.monitoring.reason.outside");
        };
    }

    private static String date(Listed list) {
        return list.uploadedAt().atZone(CHINA).toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }
}
