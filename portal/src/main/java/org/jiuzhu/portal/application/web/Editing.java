package org.jiuzhu.portal.application.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.application.Application;
import org.jiuzhu.core.application.Applications;

import java.net.URI;
import java.util.Optional;

/** Loading the resident's own application for a page; anybody else's, or none, is the standard 403 page. */
@Singleton
class Editing {

    private final Applications applications;

    Editing(Applications applications) {
        this.applications = applications;
    }

    Application load(Authentication authentication, long id) {
        return applications.find(Actors.of(authentication), id)
                .orElseThrow(() -> new AuthorizationException(authentication));
    }

    /** The application while it may be changed; empty once submitted (the page then shows its progress instead). */
    Optional<Application> draft(Authentication authentication, long id) {
        Application a = load(authentication, id);
        return a.status().editable() ? Optional.of(a) : Optional.empty();
    }

    static MutableHttpResponse<?> seeOther(String path) {
        return HttpResponse.seeOther(URI.create(path));
    }
}
