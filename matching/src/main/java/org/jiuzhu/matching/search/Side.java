package org.jiuzhu.matching.search;

/** The two indexes: what charities offer and what households need. */
public enum Side {
    OFFER, NEED
}
