package org.jiuzhu.matching.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlacesTest {

    @Test
    void aDivisionCodeIsKnownByItsSignificantDigits() {
        assertThat(Places.prefix("990000000000")).isEqualTo("99");
        assertThat(Places.prefix("990100000000")).isEqualTo("9901");
        assertThat(Places.prefix("990102000000")).isEqualTo("990102");
        assertThat(Places.prefix("990102001000")).isEqualTo("990102001");
        assertThat(Places.prefix("990102001002")).isEqualTo("990102001002");
        // A township numbered 010 and a village numbered 100 keep their own zeros.
        assertThat(Places.prefix("990102010000")).isEqualTo("990102010");
        assertThat(Places.prefix("990102001100")).isEqualTo("990102001100");
    }

    @Test
    void aVillagesChainGoesUpToTheProvince() {
        assertThat(Places.chain("990102001002")).containsExactly("990102001002", "990102001000", "990102000000",
                "990100000000", "990000000000");
        assertThat(Places.chain("990102000000")).containsExactly("990102000000", "990100000000", "990000000000");
    }
}
