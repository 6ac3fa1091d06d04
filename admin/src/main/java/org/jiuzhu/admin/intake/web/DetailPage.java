package org.jiuzhu.admin.intake.web;

import org.jiuzhu.core.application.web.CaseView;

import java.util.List;
import java.util.Map;

/**
 * One application as staff review it: names and numbers masked, enum values as message keys, the system's
 * assessment (null when no settings are in effect), the timeline, the case file so far and the forms the actor may
 * use at this stage. {@code errors} and {@code typed} are keyed "form-field", so a refused form shows its own
 * messages and keeps what was typed. {@code receivingAid}: staff may record a charity need for the household;
 * {@code openWarnings}: the household's open monitoring warnings the staff member may read.
 */
public record DetailPage(long id, long version, String statusKey, String applicantName, String villageName, String submittedOn,
                         String areaKey, List<MemberRow> members, Finances finances, Needs needs,
                         AssessmentView assessment, List<TimelineRow> timeline, boolean mayDecide,
                         Map<String, String> errors, Map<String, String> typed, String doneKey,
                         List<ProofRow> proofs, CaseView caseFile, StageForms forms, boolean receivingAid,
                         List<OpenWarning> openWarnings) {

    /** An open monitoring warning on the household, for the office deciding on it to review. */
    public record OpenWarning(long id, String level, String levelKey, String kindKey, String ruleId) {
    }

    /** {@code disabilityGrade} is null when the member has no disability. */
    public record MemberRow(String name, String idNumber, int age, String relationshipKey, String disabilityKey,
                            Integer disabilityGrade, String illKey, String studentKey, String employmentKey) {
    }

    public record MoneyRow(String kindKey, String amount) {
    }

    /** Incomes per month, rigid expenses per year. */
    public record Finances(List<MoneyRow> incomes, String workCosts, List<MoneyRow> expenses, String financialAssets,
                           String vehicleKey, String secondHomeKey) {
    }

    public record Needs(String housingKey, String disasterKey, String suddenHardshipKey, String hardship,
                        List<String> aidKeys, String bankName, String maskedBankAccount) {
    }

    /** One category or aid: its name and the reasons in words. */
    public record Finding(String labelKey, List<String> reasons) {
    }

    public record AssessmentView(List<Finding> categories, List<Finding> aids, String perCapitaIncome,
                                 String dibaoStandard, String estimatedMonthlyDibao, List<String> notes,
                                 long settingsVersion) {
    }

    public record TimelineRow(String at, String statusKey, String officeName, String note, String deadline) {
    }

    public record ProofRow(String href, String name, String kindKey, String uploadedAt) {
    }
}
