package org.jiuzhu.admin.intake.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.application.Application;
import org.jiuzhu.core.application.ApplicationNotFound;
import org.jiuzhu.core.application.Applications;
import org.jiuzhu.core.application.CaseFile;
import org.jiuzhu.core.application.CaseFiles;
import org.jiuzhu.core.application.Casework;
import org.jiuzhu.core.application.Proofs;
import org.jiuzhu.core.application.web.CaseViews;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.form.FieldErrors;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Renders the application detail page for every controller acting on it: after a redirect with what was done, or
 * again with a refused form's errors and typed values (keys prefixed with the form's name).
 */
@Singleton
class DetailRenderer {

    private static final java.util.Set<String> STATE_KEYS = java.util.Set.of("core.application.error.notNow",
            "core.application.error.changed", "core.decision.error.publicityRunning");

    private final Applications applications;
    private final CaseFiles caseFiles;
    private final CaseViews caseViews;
    private final Casework casework;
    private final Proofs proofs;
    private final IntakePages pages;
    private final CasePages casePages;
    private final CsrfTokens csrf;

    private final org.jiuzhu.core.application.Rolls rolls;
    private final org.jiuzhu.core.monitoring.Warnings warnings;

    DetailRenderer(Applications applications, CaseFiles caseFiles, CaseViews caseViews, Casework casework,
                   Proofs proofs, IntakePages pages, CasePages casePages, CsrfTokens csrf,
                   org.jiuzhu.core.application.Rolls rolls, org.jiuzhu.core.monitoring.Warnings warnings) {
        this.csrf = csrf;
        this.applications = applications;
        this.caseFiles = caseFiles;
        this.caseViews = caseViews;
        this.casework = casework;
        this.proofs = proofs;
        this.pages = pages;
        this.casePages = casePages;
        this.rolls = rolls;
        this.warnings = warnings;
    }

    ModelAndView<DetailPage> page(HttpRequest<?> request, Authentication authentication, long id,
                                  Map<String, String> errors, Map<String, String> typed, String doneKey) {
        Actor actor = Actors.of(authentication);
        try {
            Application a = applications.find(actor, id).orElseThrow(ApplicationNotFound::new);
            CaseFile file = caseFiles.of(actor, id);
            return new ModelAndView<>("admin/intake/detail", pages.detail(a, casework.decidesIntake(actor),
                    Requests.locale(request), errors, typed, doneKey, proofs.of(actor, id),
                    caseViews.of(a, file), casePages.forms(actor, a, file), rolls.head(id, actor.scope())
                            .map(head -> warnings.openOnHousehold(actor, head.household())).orElse(List.of())));
        } catch (ApplicationNotFound e) {
            throw denied(authentication);
        }
    }

    /**
     * Runs one stage form: checks the CSRF token, lets {@code action} fill a fresh error list, then redirects with
     * {@code done} or shows the page again with the form's errors.
     */
    MutableHttpResponse<?> act(HttpRequest<?> request, Authentication authentication, long id,
                               Map<String, String> form, String name, String done,
                               Function<FieldErrors, FieldErrors> action) {
        csrf.verify(request, form.get("csrfToken"));
        FieldErrors errors;
        try {
            errors = action.apply(new FieldErrors());
        } catch (ApplicationNotFound e) {
            throw denied(authentication);
        }
        return errors.isEmpty() ? done(id, done) : refused(request, authentication, id, name, errors, form);
    }

    /** The page again with the form's errors and what was typed, answered 422. */
    MutableHttpResponse<?> refused(HttpRequest<?> request, Authentication authentication, long id, String form,
                                   FieldErrors errors, Map<String, String> typed) {
        Map<String, String> shownErrors = new LinkedHashMap<>();
        // "Not now" and "changed" concern the application, not a field: the form may not even be on the page now.
        errors.asMap().forEach((field, key) -> shownErrors.put(STATE_KEYS.contains(key) ? "state" : form + "-" + field,
                key));
        Map<String, String> shownTyped = new LinkedHashMap<>();
        typed.forEach((field, value) -> {
            if (!field.equals("csrfToken") && value != null) {
                shownTyped.put(form + "-" + field, value);
            }
        });
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(page(request, authentication, id, shownErrors, shownTyped, null));
    }

    static MutableHttpResponse<?> done(long id, String what) {
        return HttpResponse.seeOther(URI.create("/admin/applications/" + id + "?done=" + what));
    }

    /** Outside the scope or absent: the same 403, so staff cannot probe which ids exist elsewhere. */
    static AuthorizationException denied(Authentication authentication) {
        return new AuthorizationException(authentication);
    }

    /** The version the form was built from; -1 (never matching) when missing or unreadable. */
    static long version(Map<String, String> form) {
        try {
            String value = form.get("version");
            return value == null ? -1 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
