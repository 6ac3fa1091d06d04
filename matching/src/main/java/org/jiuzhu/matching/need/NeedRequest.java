package org.jiuzhu.matching.need;

import java.util.Set;

/** A need as typed by the resident: which member, what kind, their words, urgency, and the groups ticked to share. */
public record NeedRequest(String member, String aidKind, String text, String urgency, Set<String> targets) {
}
