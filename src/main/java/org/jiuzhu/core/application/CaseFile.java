package org.jiuzhu.core.application;

import java.util.List;

/**
 * Everything recorded on an application after acceptance, as staff and the resident read it; a stage not reached
 * yet is null (or an empty list).
 */
public record CaseFile(List<Check> checks, VerifiedFigures verified, HomeVisit homeVisit, Appraisal appraisal,
                       Listing listing, List<Objection> objections, Decision decision, List<Review> reviews,
                       List<ChangeReport> changes) {
}
