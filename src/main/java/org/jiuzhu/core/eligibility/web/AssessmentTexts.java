package org.jiuzhu.core.eligibility.web;

import jakarta.inject.Singleton;
import org.jiuzhu.core.chrome.Messages;
import org.jiuzhu.core.eligibility.AidFinding;
import org.jiuzhu.core.eligibility.Assessment;
import org.jiuzhu.core.eligibility.CategoryFinding;
import org.jiuzhu.core.eligibility.Reason;

import java.util.List;
import java.util.Locale;

/** Puts an assessment's reasons and documents into words, for the API and for pages. */
@Singleton
public class AssessmentTexts {

    private final Messages messages;

    AssessmentTexts(Messages messages) {
        this.messages = messages;
    }

    public AssessmentResponse response(Assessment a, Locale locale) {
        List<AssessmentResponse.Finding> categories = a.categories().stream().map(c -> category(c, locale)).toList();
        List<AssessmentResponse.Finding> aids = a.aids().stream().map(aid -> aid(aid, locale)).toList();
        return new AssessmentResponse(a.settingsVersion(), a.regionCode(), a.perCapitaMonthlyIncome(), a.dibaoStandard(), categories, aids, a.estimatedMonthlyDibao(),
                a.medicalAidRatio(), sentences(a.notes(), locale));
    }

    public String sentence(Reason reason, Locale locale) {
        return messages.get(locale, reason.key(), reason.args().toArray());
    }

    private AssessmentResponse.Finding category(CategoryFinding c, Locale locale) {
        return new AssessmentResponse.Finding(c.category().name(), messages.get(locale, c.category().messageKey()),
                c.members(), c.individual(), c.illnessImpoverished(), sentences(c.reasons(), locale),
                c.documents().stream().map(d -> messages.get(locale, d)).toList());
    }

    private AssessmentResponse.Finding aid(AidFinding a, Locale locale) {
        return new AssessmentResponse.Finding(a.aid().name(), messages.get(locale, a.aid().messageKey()), a.members(),
                false, false, sentences(a.reasons(), locale), a.documents().stream().map(d -> messages.get(locale, d)).toList());
    }

    private List<String> sentences(List<Reason> reasons, Locale locale) {
        return reasons.stream().map(r -> sentence(r, locale)).toList();
    }
}
