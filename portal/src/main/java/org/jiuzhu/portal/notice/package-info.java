/**
 * The public notice pages: published notices by category and region, one page per notice, a print view and an Atom
 * feed, for anyone, without login. Reads {@code org.jiuzhu.core.notice}; {@code web} holds the pages.
 */
package org.jiuzhu.portal.notice;
