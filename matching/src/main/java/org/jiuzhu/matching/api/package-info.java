/**
 * The matching JSON API (in the OpenAPI document): charities create offers, staff record needs from signed paper
 * consent, and both read ranked matches with their reasons, so a corpus can be loaded and rankings read from outside.
 * Answers problem details (RFC 9457) for bad input. Uses the kernel, the matching root and the {@code offer},
 * {@code need}, {@code organization} and {@code search} features; nothing depends on it.
 */
package org.jiuzhu.matching.api;
