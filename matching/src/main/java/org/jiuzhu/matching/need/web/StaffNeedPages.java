package org.jiuzhu.matching.need.web;

import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.matching.need.Need;
import org.jiuzhu.matching.need.RecordedNeeds;
import org.jiuzhu.matching.need.Sharing;
import org.jiuzhu.matching.web.Choice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Records of the pages where staff record a need from a paper consent form and follow the needs of their region. */
@Singleton
public class StaffNeedPages {

    private final RecordedNeeds recorded;
    private final SharingPages sharing;

    StaffNeedPages(RecordedNeeds recorded, SharingPages sharing) {
        this.recorded = recorded;
        this.sharing = sharing;
    }

    /** The region's needs, and the form that starts recording one for an application. */
    public record ListPage(List<SharingPages.Shared> needs, Map<String, String> errors, String application,
                           String notice) {
    }

    public record FormPage(long application, Map<String, String> errors, Map<String, String> typed,
                           List<Choice> members, List<Choice> kinds, List<Choice> urgencies, List<Choice> targets,
                           String targetPrefix) {
    }

    /** {@code consentForm} is shown with the card, since staff attest the resident signed exactly this. */
    public record PreviewPage(long application, SharingPages.Shared card, String consentForm,
                              Map<String, String> hidden, Map<String, String> errors) {
    }

    ListPage list(Actor staff, Map<String, String> errors, String application, String notice) {
        return new ListPage(recorded.inRegion(staff).stream().map(sharing::shared).toList(), errors, application,
                notice);
    }

    FormPage form(long application, Sharing household, Map<String, String> errors, Map<String, String> typed) {
        SharingPages.Form form = sharing.form(household, typed);
        return new FormPage(application, errors, form.shown(), form.members(), form.kinds(), form.urgencies(),
                form.targets(), SharingPages.TARGET);
    }

    PreviewPage preview(long application, Need need, Map<String, String> form, Map<String, String> errors) {
        Map<String, String> hidden = new LinkedHashMap<>(sharing.preview(need, form).hidden());
        String consentForm = form.getOrDefault("consentForm", "").strip();
        hidden.put("consentForm", consentForm);
        return new PreviewPage(application, sharing.shared(need), consentForm, hidden, errors);
    }
}
