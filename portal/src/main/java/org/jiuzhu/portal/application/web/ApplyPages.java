package org.jiuzhu.portal.application.web;

import java.util.List;
import java.util.Map;

/** The models of the application pages; templates only print them. */
public final class ApplyPages {

    private ApplyPages() {
    }

    /** The steps across the top of every draft page: done ones link back, the current one is marked. */
    public record Step(String labelKey, String href, boolean done, boolean current) {
    }

    public record Option(String value, String labelKey, boolean selected) {
    }

    /** A labelled amount or checkbox, with what the resident typed last. */
    public record Entry(String name, String labelKey, String value) {
    }

    public record StartPage(boolean refusedElsewhere) {
    }

    public record HouseholdPage(long id, List<Step> steps, String regionName, String area, Map<String, String> errors) {
    }

    public record MembersPage(long id, List<Step> steps, List<MemberRow> members, Map<String, String> typed,
                              List<Option> relationships, List<Option> disabilities, List<Option> grades,
                              List<Option> employments, Map<String, String> errors) {
    }

    public record MemberRow(int position, String name, String maskedIdNumber, int age, String relationshipKey,
                            String disabilityKey, int disabilityGrade, boolean removable) {
    }

    public record FinancesPage(long id, List<Step> steps, List<Entry> incomes, List<Entry> expenses, String workCosts,
                               String financialAssets, boolean vehicle, boolean secondHome, Map<String, String> errors) {
    }

    public record NeedsPage(long id, List<Step> steps, List<Option> housings, List<Entry> situations,
                            List<Entry> aids, String hardship, String bankName, String maskedBankAccount,
                            Map<String, String> errors) {
    }

    public record ReviewPage(long id, List<Step> steps, boolean complete, List<MemberRow> members, List<String> lines,
                             List<Finding> estimate, String estimatedDibao, String hardship, String bankName,
                             String maskedBankAccount, String submissionToken, Map<String, String> errors,
                             boolean proxied) {
    }

    public record Finding(String labelKey, List<String> reasons) {
    }

    /** {@code changeKinds} is empty when changes are not reported at this stage (edit the draft instead). */
    public record TrackingPage(long id, String statusKey, String regionName, String submittedOn,
                               List<TimelineRow> timeline, List<MemberRow> members, boolean editable,
                               boolean mayWithdraw, String notice, Map<String, String> errors,
                               List<AuthorizationRow> authorizations, boolean mayRevoke,
                               org.jiuzhu.core.application.web.CaseView caseFile, List<Option> changeKinds,
                               String changeDescription) {
    }

    public record TimelineRow(String date, String statusKey, String office, String note, String deadline) {
    }

    public record AuthorizationsPage(long id, List<Step> steps, List<String> consent, List<SignRow> members,
                                     Map<String, String> errors) {
    }

    /** A member's line on the authorization page; {@code signerName} is the guardian's (masked) for a minor. */
    /** {@code reusable}: an authorization still valid from the applicant's earlier application can be carried over. */
    public record SignRow(int position, String name, int age, boolean minor, String signerName, boolean signed,
                          String expiresOn, List<Entry> sources, boolean failed, boolean reusable) {
    }

    public record AuthorizationRow(long id, String memberName, List<String> sourceKeys, String signedOn,
                                   String expiresOn, boolean revoked, boolean byGuardian) {
    }

    public record ProofsPage(long id, List<ProofRow> proofs, List<Option> kinds, String notice,
                             Map<String, String> errors) {
    }

    public record ProofRow(String href, String name, String kindKey, String uploadedAt, long kilobytes) {
    }
}
