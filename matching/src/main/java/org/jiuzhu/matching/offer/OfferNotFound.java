package org.jiuzhu.matching.offer;

/** No such offer for this actor (another organization's, or outside the region). Pages answer 403. */
public class OfferNotFound extends RuntimeException {

    public OfferNotFound() {
        super("offer not found for this actor", null, false, false);
    }
}
