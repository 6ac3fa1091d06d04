/**
 * Notices (政策公告): what supervisors publish for the regions they serve, in Markdown ({@link
 * org.jiuzhu.core.notice.Markdown} renders it with raw HTML shown as text), at a set time, until an expiry, with every
 * earlier text kept as a revision. {@link org.jiuzhu.core.notice.Notices} is the API; {@code persistence} is internal.
 * Uses account (the actor), region (targets and scope), audit and form.
 */
package org.jiuzhu.core.notice;
