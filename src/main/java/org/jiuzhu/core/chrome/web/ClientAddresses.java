package org.jiuzhu.core.chrome.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.net.InetAddress;
import java.util.List;

/**
 * Works out the client's address once per request, for the audit and the submission limits. A client can write any
 * {@code X-Forwarded-For} it likes, so the header is read only when the connection comes from a proxy listed in
 * {@code jiuzhu.proxy.trusted}, and then from its right end: the nearest address no trusted proxy owns is the
 * client. Nothing listed (the default) means the connection's own address, whatever the headers say.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class ClientAddresses implements Ordered {

    private static final String FORWARDED_FOR = "X-Forwarded-For";

    private final List<AddressRange> trusted;

    ClientAddresses(@Value("${jiuzhu.proxy.trusted:}") List<String> trusted) {
        this.trusted = trusted.stream().map(String::strip).filter(s -> !s.isEmpty()).map(AddressRange::parse).toList();
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before() - 10;
    }

    @RequestFilter
    void resolve(HttpRequest<?> request) {
        request.setAttribute(Requests.CLIENT_ADDRESS, client(request));
    }

    private String client(HttpRequest<?> request) {
        InetAddress peer = request.getRemoteAddress().getAddress();
        if (trusted.isEmpty() || !isTrusted(peer)) {
            return peer.getHostAddress();
        }
        InetAddress client = peer;
        List<String> hops = request.getHeaders().getAll(FORWARDED_FOR).stream()
                .flatMap(value -> java.util.Arrays.stream(value.split(","))).map(String::strip).toList();
        for (int i = hops.size() - 1; i >= 0 && isTrusted(client); i--) {
            InetAddress hop = AddressRange.literal(hops.get(i));
            if (hop == null) {
                break;
            }
            client = hop;
        }
        return client.getHostAddress();
    }

    private boolean isTrusted(InetAddress address) {
        return trusted.stream().anyMatch(range -> range.contains(address));
    }
}
