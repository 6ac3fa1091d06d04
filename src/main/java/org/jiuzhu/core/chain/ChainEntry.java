package org.jiuzhu.core.chain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One aid in a household's chain. {@code categories} are category names ({@code DIBAO}...); {@code aidKind} names the
 * kind of aid that is not a category (charity aid: {@code MEDICAL}, {@code EDUCATION}...) or is null; amounts are null when the
 * aid has none of that kind; {@code applicationId} is null for aid given without an application.
 */
public record ChainEntry(long id, ChainKind kind, String regionCode, List<String> categories, BigDecimal monthlyAmount,
                         BigDecimal oneOffAmount, String summary, LocalDate occurredOn, Long applicationId, String aidKind) {
}
