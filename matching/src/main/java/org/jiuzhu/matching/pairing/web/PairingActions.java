package org.jiuzhu.matching.pairing.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.matching.pairing.PairingNotFound;

import java.net.URI;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How every side answers a pairing action: 303 to {@code done} when it happened, 422 with the page and the reasons
 * when it was refused, and 403 for a pairing that is not theirs to act on.
 */
final class PairingActions {

    private PairingActions() {
    }

    static MutableHttpResponse<?> run(Authentication authentication, Supplier<FieldErrors> action,
                                      Function<Map<String, String>, Object> refused, String done) {
        FieldErrors errors;
        try {
            errors = action.get();
        } catch (PairingNotFound e) {
            throw new AuthorizationException(authentication);
        }
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(refused.apply(errors.asMap()));
        }
        return HttpResponse.seeOther(URI.create(done));
    }
}
