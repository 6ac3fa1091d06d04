package org.jiuzhu.core.audit;

import java.util.OptionalLong;

/** The outcome of walking the chain: how many entries were checked and the first that does not fit, if any. */
public record ChainVerification(long checked, OptionalLong firstBrokenId) {

    public boolean intact() {
        return firstBrokenId.isEmpty();
    }
}
