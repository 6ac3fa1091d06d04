package org.jiuzhu.core.chrome.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AddressRangeTest {

    @Test
    void aBlockHoldsTheAddressesUnderItsPrefixAndNoOthers() {
        AddressRange block = AddressRange.parse("10.1.0.0/16");

        assertThat(block.contains(AddressRange.literal("10.1.255.7"))).isTrue();
        assertThat(block.contains(AddressRange.literal("10.2.0.1"))).isFalse();
        assertThat(AddressRange.parse("192.168.4.0/22").contains(AddressRange.literal("192.168.7.255"))).isTrue();
        assertThat(AddressRange.parse("192.168.4.0/22").contains(AddressRange.literal("192.168.8.0"))).isFalse();
    }

    @Test
    void aSingleAddressHoldsOnlyItselfAndAnIpv4RangeNoIpv6Address() {
        AddressRange one = AddressRange.parse("127.0.0.1");

        assertThat(one.contains(AddressRange.literal("127.0.0.1"))).isTrue();
        assertThat(one.contains(AddressRange.literal("127.0.0.2"))).isFalse();
        assertThat(one.contains(AddressRange.literal("::1"))).isFalse();
        assertThat(AddressRange.parse("fd00::/8").contains(AddressRange.literal("fd12:3456::1"))).isTrue();
    }

    @Test
    void onlyIpLiteralsAreReadAndNothingIsLookedUp() {
        assertThat(AddressRange.literal("localhost")).isNull();
        assertThat(AddressRange.literal("example.org")).isNull();
        assertThat(AddressRange.literal("1.2.3.999")).isNull();
        assertThat(AddressRange.literal("unknown")).isNull();
        assertThat(AddressRange.literal("")).isNull();
        assertThat(AddressRange.literal("2001:db8::zz")).isNull();
    }

    @Test
    void aMistypedTrustedProxyStopsTheStartWithTheReason() {
        assertThatThrownBy(() -> AddressRange.parse("proxy.internal")).hasMessageContaining("proxy.internal");
        assertThatThrownBy(() -> AddressRange.parse("10.0.0.0/33")).hasMessageContaining("10.0.0.0/33");
    }
}
