package org.jiuzhu.matching.pairing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a charity delivered: money, goods, volunteer hours (at least one of them) and the day. */
public record Delivery(BigDecimal amount, String goods, BigDecimal hours, LocalDate on) {
}
