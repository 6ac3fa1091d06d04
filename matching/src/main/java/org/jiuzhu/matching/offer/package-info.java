/**
 * Offers of verified charities: projects and volunteer services, their lifecycle (draft, published, paused, closed)
 * and capacity. Every change commits with a search-outbox row, so the indexes follow. May use the kernel, the
 * matching root, {@code organization} and {@code search}'s root package.
 */
package org.jiuzhu.matching.offer;
