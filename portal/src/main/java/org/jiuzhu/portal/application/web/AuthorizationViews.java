package org.jiuzhu.portal.application.web;

import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.application.Application;
import org.jiuzhu.core.application.ApplicationMember;
import org.jiuzhu.core.application.Authorization;
import org.jiuzhu.core.application.Authorizations;
import org.jiuzhu.core.application.CheckSource;
import org.jiuzhu.core.chrome.web.Formats;
import org.jiuzhu.core.privacy.Masking;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the authorization page and the authorization rows of the tracking page. */
@Singleton
class AuthorizationViews {

    private final Authorizations authorizations;
    private final ApplyViews views;
    private final Masking masking;

    AuthorizationViews(Authorizations authorizations, ApplyViews views, Masking masking) {
        this.authorizations = authorizations;
        this.views = views;
        this.masking = masking;
    }

    ModelAndView<ApplyPages.AuthorizationsPage> page(Actor actor, Application a, int failedPosition,
                                                     Map<String, String> errors) {
        List<Authorization> signed = authorizations.of(actor, a.id());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        java.util.Set<Integer> reusable = authorizations.reusable(a);
        List<ApplyPages.SignRow> rows = a.members().stream()
                .map(m -> row(m, a, signed, today, failedPosition, reusable.contains(m.position()))).toList();
        List<String> paragraphs = Arrays.stream(authorizations.consentText().split("\\n\\s*\\n"))
                .map(String::strip).filter(p -> !p.isEmpty()).toList();
        return new ModelAndView<>("portal/application/authorizations", new ApplyPages.AuthorizationsPage(a.id(),
                views.steps(a, "authorizations"), paragraphs, rows, errors));
    }

    List<ApplyPages.AuthorizationRow> rows(Actor actor, Application a) {
        return authorizations.of(actor, a.id()).stream().map(z -> new ApplyPages.AuthorizationRow(z.id(),
                a.members().stream().filter(m -> m.position() == z.memberPosition()).findFirst()
                        .map(m -> masking.name(m.name())).orElse(""),
                z.sources().stream().map(CheckSource::messageKey).toList(), Formats.date(z.signedAt()),
                z.expiresOn().toString(), z.revokedAt() != null, z.byGuardian())).toList();
    }

    private ApplyPages.SignRow row(ApplicationMember m, Application a, List<Authorization> signed, LocalDate today,
                                   int failedPosition, boolean reusable) {
        Optional<Authorization> valid = signed.stream()
                .filter(z -> z.memberPosition() == m.position() && z.validOn(today)).findFirst();
        boolean minor = m.age() < 18;
        String signer = minor ? a.members().get(0).name() : m.name();
        return new ApplyPages.SignRow(m.position(), masking.name(m.name()), m.age(), minor, masking.name(signer),
                valid.isPresent(), valid.map(z -> z.expiresOn().toString()).orElse(""),
                Arrays.stream(CheckSource.values()).map(s -> new ApplyPages.Entry("source-" + s.name(), s.messageKey(), "yes"))
                        .toList(), m.position() == failedPosition, reusable);
    }
}
