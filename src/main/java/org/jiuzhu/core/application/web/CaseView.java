package org.jiuzhu.core.application.web;

import java.util.List;

/**
 * The case file as pages print it, shared by the resident's tracking page and the caseworker's detail page. Names
 * are masked; a stage not reached is null. Amounts are formatted strings.
 */
public record CaseView(List<CheckRow> checks, Verified verified, Visit visit, AppraisalRow appraisal,
                       ListingRow listing, List<ObjectionRow> objections, DecisionView decision,
                       List<ReviewRow> reviews, List<ChangeRow> changes) {

    /** {@code taperUntil} is empty unless the review started a taper. */
    public record ReviewRow(String on, String outcomeKey, String reason, String taperUntil) {
    }

    public record ChangeRow(String on, String kindKey, String description) {
    }

    public record CheckRow(String memberName, String sourceKey, String purpose, String office, String at,
                           String monthlyIncome, String assets, String finding) {
    }

    public record Verified(String monthlyIncome, String financialAssets, String vehicleKey, String secondHomeKey,
                           String note, String completedOn, String validUntil) {
    }

    public record Visit(String visitedOn, String visitors, String findings, String matchesKey) {
    }

    public record AppraisalRow(String heldOn, int participants, int inFavour, int against, String note,
                               boolean supported) {
    }

    public record ListingRow(String startsOn, String endsOn, List<String> categoryKeys, String monthlyAmount,
                             boolean running) {
    }

    public record ObjectionRow(String text, String contactName, String maskedPhone, String receivedAt) {
    }

    /**
     * {@code arithmetic} is null without dibao; {@code supportAmount} empty when the county set none; refusals carry
     * only {@code reasons}.
     */
    public record DecisionView(boolean approved, List<String> categoryKeys, Arithmetic arithmetic,
                               String supportAmount, String monthlyTotal, String paymentFrom, String reasons,
                               String decidedOn, List<MemberAidRow> memberAids) {
    }

    /** standard x members - income = amount, each a formatted figure. */
    public record Arithmetic(String standard, int members, String income, String amount) {
    }

    public record MemberAidRow(String name, String categoryKey, String medicalRatio) {
    }
}
