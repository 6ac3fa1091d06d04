package org.jiuzhu.portal.application.web;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.application.Application;
import org.jiuzhu.core.application.ApplicationStatus;
import org.jiuzhu.core.application.CaseFiles;
import org.jiuzhu.core.application.ChangeReport;
import org.jiuzhu.core.application.ChangeReports;
import org.jiuzhu.core.application.web.CaseViews;
import org.jiuzhu.core.chrome.web.Formats;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The progress page's contents, read in one read-only transaction: one connection and one consistent snapshot, so
 * the status, the timeline and the case file always agree, and the most visited resident page costs one round of
 * the pool rather than one per part.
 */
@Singleton
class TrackingPages {

    /** Authorizations can be withdrawn until the economic verification starts. */
    private static final Set<ApplicationStatus> REVOCABLE = EnumSet.of(ApplicationStatus.DRAFT,
            ApplicationStatus.SUBMITTED, ApplicationStatus.RETURNED, ApplicationStatus.ACCEPTED);

    private final Editing editing;
    private final ApplyViews views;
    private final AuthorizationViews authorizationViews;
    private final CaseFiles caseFiles;
    private final CaseViews caseViews;

    TrackingPages(Editing editing, ApplyViews views, AuthorizationViews authorizationViews, CaseFiles caseFiles,
                  CaseViews caseViews) {
        this.editing = editing;
        this.views = views;
        this.authorizationViews = authorizationViews;
        this.caseFiles = caseFiles;
        this.caseViews = caseViews;
    }

    @Transactional(readOnly = true)
    ApplyPages.TrackingPage of(Authentication authentication, long id, String notice, Map<String, String> errors,
                               Map<String, String> typed) {
        Actor actor = Actors.of(authentication);
        Application a = editing.load(authentication, id);
        return new ApplyPages.TrackingPage(a.id(), a.status().messageKey(), views.regionName(a),
                a.submittedAt() == null ? "" : Formats.date(a.submittedAt()), views.timeline(a), views.members(a),
                a.status().editable(), a.status().mayBecome(ApplicationStatus.WITHDRAWN), notice, errors,
                authorizationViews.rows(actor, a), REVOCABLE.contains(a.status()),
                caseViews.of(a, caseFiles.of(actor, a.id())), changeKinds(a, typed),
                typed.getOrDefault("description", ""));
    }

    private List<ApplyPages.Option> changeKinds(Application a, Map<String, String> typed) {
        return ChangeReports.accepts(a) ? views.options(Arrays.stream(ChangeReport.Kind.values()).map(Enum::name)
                .toList(), "core.change.kind.", typed.get("kind")) : List.of();
    }
}
