package org.jiuzhu.core.chain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OverlapsTest {

    private static ChainEntry entry(long id, ChainKind kind, String aidKind, String on) {
        return new ChainEntry(id, kind, "990102001002", List.of(), null, BigDecimal.TEN, "", LocalDate.parse(on), null,
                aidKind);
    }

    @Test
    void theSameKindOfAidTwiceWithinThirtyDaysIsFlaggedOnBothEntries() {
        List<ChainEntry> chain = List.of(
                entry(1, ChainKind.APPROVAL, null, "2026-01-01"),
                entry(2, ChainKind.APPROVAL, null, "2026-01-05"),
                entry(3, ChainKind.CHARITY, "MEDICAL", "2026-03-01"),
                entry(4, ChainKind.REFERRAL, "MEDICAL", "2026-03-31"),
                entry(5, ChainKind.REFERRAL, "EDUCATION", "2026-03-02"),
                entry(6, ChainKind.EMERGENCY_AID, null, "2026-05-01"),
                entry(7, ChainKind.EMERGENCY_AID, null, "2026-06-01"),
                entry(8, ChainKind.CHARITY, "EDUCATION", "2026-09-01"));

        assertThat(Overlaps.in(chain)).containsExactlyInAnyOrder(3L, 4L);
    }
}
