package org.jiuzhu.core.account.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Sessions;

/** A signed, unexpired token is honoured only while its server-side session is open and not idle. */
@Singleton
class SessionClaims implements GenericJwtClaimsValidator<HttpRequest<?>> {

    private final Sessions sessions;

    SessionClaims(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean validate(Claims claims, HttpRequest<?> request) {
        Object sessionId = claims.get(Actors.SESSION);
        Object subject = claims.get(Claims.SUBJECT);
        if (sessionId == null || subject == null) {
            return false;
        }
        try {
            return sessions.isActive(sessionId.toString(), Long.parseLong(subject.toString()));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
