/**
 * Eligibility: which assistance categories and special aids a household may fall in, against the versioned
 * settings of its region, with reasons in plain words and the documents to bring. Plain Java rule objects, one
 * per category; the same assessment serves the resident's self-check, the API and the caseworker's decision.
 * Uses only the JDK and {@code core.region}; its {@code persistence} package stores regional settings.
 */
package org.jiuzhu.core.eligibility;
