package org.jiuzhu.core.application;

import java.time.LocalDate;

/** The caseworker's on-site check (入户调查): who went, what they found, whether it matches the declaration. */
public record HomeVisit(LocalDate visitedOn, String visitors, String findings, boolean matchesDeclaration) {
}
