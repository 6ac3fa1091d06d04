package org.jiuzhu.core.chrome.web;

import io.micronaut.core.annotation.Nullable;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** An address or a CIDR block ({@code 10.0.0.0/8}, {@code fd00::/8}), for the list of trusted proxies. */
record AddressRange(byte[] network, int prefix) {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    static AddressRange parse(String text) {
        int slash = text.indexOf('/');
        InetAddress address = literal(slash < 0 ? text : text.substring(0, slash));
        if (address == null) {
            throw new IllegalArgumentException("jiuzhu.proxy.trusted: not an address or CIDR block: " + text);
        }
        int bits = address.getAddress().length * 8;
        int prefix = slash < 0 ? bits : Integer.parseInt(text.substring(slash + 1));
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("jiuzhu.proxy.trusted: prefix out of range: " + text);
        }
        return new AddressRange(address.getAddress(), prefix);
    }

    /** The address an IP literal names, or null for anything else: never a name lookup. */
    static @Nullable InetAddress literal(String text) {
        boolean v4 = IPV4.matcher(text).matches();
        // An IPv4-looking text with an octet over 255 would be taken for a host name and looked up.
        if (v4 ? java.util.Arrays.stream(text.split("\\.")).anyMatch(o -> Integer.parseInt(o) > 255)
                : !IPV6.matcher(text).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        int whole = prefix / 8;
        for (int i = 0; i < whole; i++) {
            if (candidate[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (candidate[whole] & mask) == (network[whole] & mask);
    }
}
