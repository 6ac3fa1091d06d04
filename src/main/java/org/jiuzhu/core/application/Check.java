package org.jiuzhu.core.application;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One source checked for one member under their authorization: why, by which office, when, and what it found
 * ({@code monthlyIncome} and {@code assets} are null when the source reports none).
 */
public record Check(long id, int memberPosition, CheckSource source, String purpose, BigDecimal monthlyIncome,
                    BigDecimal assets, String finding, String officeRegion, Instant checkedAt) {
}
