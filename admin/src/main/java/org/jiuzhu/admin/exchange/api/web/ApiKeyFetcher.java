package org.jiuzhu.admin.exchange.api.web;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.jiuzhu.admin.exchange.ApiKeys;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.region.Regions;
import org.reactivestreams.Publisher;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Authenticates a department's system by its API key ({@code Authorization: ApiKey jzk_...}) on the exchange API
 * only; anywhere else a key counts for nothing. The lookup is a database read, so it runs on the blocking pool.
 */
@Singleton
class ApiKeyFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    static final String SCHEME = "ApiKey ";

    private final ApiKeys keys;
    private final Regions regions;
    private final ExecutorService blocking;

    ApiKeyFetcher(ApiKeys keys, Regions regions, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.keys = keys;
        this.regions = regions;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        String header = request.getHeaders().getAuthorization().orElse(null);
        if (!request.getPath().startsWith(ExchangeApi.ROOT + "/") || header == null || !header.startsWith(SCHEME)) {
            return Publishers.empty();
        }
        String presented = header.substring(SCHEME.length()).strip();
        return Publishers.fromCompletableFuture(CompletableFuture.supplyAsync(() -> keys.holder(presented)
                .map(h -> Actors.apiKey(h.accountId(), regions.get(h.regionCode()), h.department(), h.keyId()))
                .orElse(null), blocking));
    }
}
