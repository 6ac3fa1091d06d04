/**
 * Pairings (对接): a charity proposes one of its offers for a shared need; the resident, or their village officer,
 * accepts and releases contact details to that organization only, or declines; the charity records delivery, which
 * is written into the household's assistance chain. Accepting takes one of the offer's places under the offer's row
 * lock and takes the need out of every other charity's view, so capacity never goes below zero and no need is
 * served twice at once. May use the kernel, the matching root and the {@code offer}, {@code need} and
 * {@code organization} features.
 */
package org.jiuzhu.matching.pairing;
