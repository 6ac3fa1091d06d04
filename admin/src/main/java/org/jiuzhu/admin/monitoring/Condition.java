package org.jiuzhu.admin.monitoring;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** One thing a list row must also say for a rule to apply (a rule may need several), in words (a message key with arguments) and as a test. */
public record Condition(String key, java.util.List<String> args, Predicate<Map<String, String>> test) {

    public static final Condition ANY = new Condition("admin.rule.condition.any", java.util.List.of(), facts -> true);

    /** The column holds this value. */
    public static Condition is(String column, String header, String value) {
        return new Condition("admin.rule.condition.is", java.util.List.of(header, value),
                facts -> value.equals(facts.get(column)));
    }

    /** The column holds one of these values. */
    public static Condition oneOf(String column, String header, Set<String> values) {
        return new Condition("admin.rule.condition.oneOf", java.util.List.of(header,
                String.join("、", new java.util.TreeSet<>(values))), facts -> values.contains(facts.get(column)));
    }

    /** The amount in the column is at least this much. */
    public static Condition atLeast(String column, String header, BigDecimal amount) {
        return new Condition("admin.rule.condition.atLeast", java.util.List.of(header, amount.toPlainString()),
                facts -> facts.get(column) != null && new BigDecimal(facts.get(column)).compareTo(amount) >= 0);
    }

    /** Severe disability as DOMAIN §3.3 has it: grade 1 or 2, or grade 3 of an intellectual or mental disability. */
    public static Condition severeDisability() {
        return new Condition("admin.rule.condition.severeDisability", java.util.List.of(), facts -> {
            String grade = facts.get("disabilityGrade");
            String type = facts.get("disabilityType");
            return "一级".equals(grade) || "二级".equals(grade)
                    || "三级".equals(grade) && ("智力".equals(type) || "精神".equals(type));
        });
    }
}
