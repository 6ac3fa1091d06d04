/**
 * Needs residents share with charities under separate consent, de-identified, and revocable at any time. Only
 * households that social assistance supports or watches may share. May use the kernel, the matching root and
 * {@code search}'s root package.
 */
package org.jiuzhu.matching.need;
