package org.jiuzhu.matching.search;

import org.jiuzhu.core.region.GeoPoint;

import java.util.List;

/**
 * A resident's search for services near them, without logging in: {@code regionChain} the chosen division and every
 * division above it, {@code regionPrefix} its significant digits (a county also finds projects of its townships),
 * {@code point} its centre for volunteer services' radius (may be null). {@code aidKind}, {@code volunteer} and
 * {@code keywords} narrow the results when given (null or blank: any).
 */
public record ServiceSearch(List<String> regionChain, String regionPrefix, GeoPoint point, String aidKind,
                            Boolean volunteer, String keywords) {
}
