package org.jiuzhu.admin.intake.web;

import org.jiuzhu.core.application.web.CaseView;

import java.util.List;

/**
 * Which stage forms the actor may use now, with what they need: members and sources for a check, the declared
 * figures to start the verification conclusion from, and for an approver the categories the verified household may
 * be approved for with the dibao arithmetic ({@code approve} null when no approval is possible now), and the review
 * outcomes open to an approver while the household receives aid (empty otherwise).
 */
public record StageForms(String today, boolean check, List<MemberOption> members, List<Option> sources,
                         boolean complete, String declaredIncome, String declaredAssets, boolean declaredVehicle,
                         boolean declaredSecondHome, boolean visit, boolean appraisal, Approve approve,
                         boolean refuse, List<Option> reviewOutcomes, PriorResult prior) {

    /** A verification result still valid from the applicant's earlier application; null when there is none. */
    public record PriorResult(long applicationId, String monthlyIncome, String financialAssets, String completedOn,
                              String validUntil) {
    }

    public record Option(String value, String labelKey) {
    }

    public record MemberOption(String value, String name, String relationshipKey) {
    }

    /**
     * {@code proposed}: the rules find this category on the verified figures; {@code preselected}: proposed and its
     * amount follows from the rules (categories whose amount the county sets are chosen deliberately).
     */
    public record CategoryOption(String value, String labelKey, boolean proposed, boolean preselected) {
    }

    public record Approve(boolean publicityOver, String endsOn, int objections, List<CategoryOption> categories,
                          CaseView.Arithmetic arithmetic, long settingsVersion) {
    }
}
