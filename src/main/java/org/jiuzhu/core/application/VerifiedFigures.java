package org.jiuzhu.core.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The household's figures as the economic verification found them; they replace the declared ones in the decision.
 * {@code monthlyIncome} is after necessary work costs. Valid, and shared with other departments, until
 * {@code validUntil} (DOMAIN §3.5).
 */
public record VerifiedFigures(BigDecimal monthlyIncome, BigDecimal financialAssets, boolean nonEssentialVehicle,
                              boolean secondHome, String note, Instant completedAt, LocalDate validUntil) {
}
