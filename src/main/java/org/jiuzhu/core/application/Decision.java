package org.jiuzhu.core.application;

import org.jiuzhu.core.eligibility.Category;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The county's decision. For an approval with dibao, {@code dibaoAmount} = {@code standard} x {@code members} -
 * {@code householdIncome}, all kept so the arithmetic reads as decided; {@code supportAmount} is a monthly amount the
 * county set itself (destitute support, a case conference). A refusal carries its reasons.
 */
public record Decision(boolean approved, List<Category> categories, BigDecimal standard, Integer members,
                       BigDecimal householdIncome, BigDecimal dibaoAmount, BigDecimal supportAmount,
                       LocalDate paymentFrom, String reasons, Long settingsVersion, Instant decidedAt,
                       List<MemberAid> memberAids) {

    /** What the household receives each month: dibao plus any support amount. */
    public BigDecimal monthlyTotal() {
        BigDecimal total = BigDecimal.ZERO;
        if (dibaoAmount != null) {
            total = total.add(dibaoAmount);
        }
        return supportAmount == null ? total : total.add(supportAmount);
    }

    /** One approved member's highest category and the in-patient medical-aid ratio that follows (Hubei). */
    public record MemberAid(int position, Category category, Integer medicalRatio) {
    }
}
