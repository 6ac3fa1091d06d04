package org.jiuzhu.matching.need;

import org.jiuzhu.core.chain.ChainEntry;
import org.jiuzhu.core.chain.ChainKind;
import org.jiuzhu.matching.AidKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GovernmentCoverTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void dibaoCoversBasicLivingAndMedicalAidButNotEducation() {
        List<ChainEntry> chain = List.of(entry(ChainKind.APPROVAL, List.of("DIBAO"), TODAY.minusMonths(3)));
        assertThat(GovernmentCover.of(AidKind.LIVING, chain, TODAY)).contains("matching.cover.dibao");
        assertThat(GovernmentCover.of(AidKind.MEDICAL, chain, TODAY)).contains("matching.cover.medical");
        assertThat(GovernmentCover.of(AidKind.EDUCATION, chain, TODAY)).isEmpty();
        assertThat(GovernmentCover.of(AidKind.CARE, chain, TODAY)).isEmpty();
    }

    @Test
    void destituteSupportCoversCareAsWell() {
        List<ChainEntry> chain = List.of(entry(ChainKind.APPROVAL, List.of("EXTREME_HARDSHIP"), TODAY.minusYears(1)));
        assertThat(GovernmentCover.of(AidKind.CARE, chain, TODAY)).contains("matching.cover.support");
        assertThat(GovernmentCover.of(AidKind.LIVING, chain, TODAY)).contains("matching.cover.support");
    }

    @Test
    void anExitEndsTheCoverOfTheApprovalBeforeIt() {
        List<ChainEntry> chain = List.of(entry(ChainKind.APPROVAL, List.of("DIBAO"), TODAY.minusYears(1)),
                entry(ChainKind.EXIT, List.of(), TODAY.minusMonths(1)));
        assertThat(GovernmentCover.of(AidKind.LIVING, chain, TODAY)).isEmpty();
        assertThat(GovernmentCover.of(AidKind.MEDICAL, chain, TODAY)).isEmpty();
    }

    @Test
    void emergencyAidCoversLivingForThreeMonthsOnly() {
        assertThat(GovernmentCover.of(AidKind.LIVING, List.of(entry(ChainKind.EMERGENCY_AID, List.of(),
                TODAY.minusDays(89))), TODAY)).contains("matching.cover.emergency");
        assertThat(GovernmentCover.of(AidKind.LIVING, List.of(entry(ChainKind.EMERGENCY_AID, List.of(),
                TODAY.minusDays(91))), TODAY)).isEmpty();
    }

    @Test
    void charityAidIsNeverGovernmentCover() {
        assertThat(GovernmentCover.of(AidKind.LIVING, List.of(entry(ChainKind.CHARITY, List.of(), TODAY)), TODAY))
                .isEmpty();
    }

    private static ChainEntry entry(ChainKind kind, List<String> categories, LocalDate on) {
        return new ChainEntry(1, kind, "990102001002", categories, null, null, "", on, null, null);
    }
}
