/**
 * The web chrome every page shares: the Freemarker renderer (auto-escaping HTML), the layout's per-request
 * model (with the display mode, standard or 长辈版, from its cookie), messages in Chinese and English, CSRF tokens, security headers and the error pages. Uses
 * {@code core.account} for who is logged in and {@code core.audit} for denials; no area.
 */
package org.jiuzhu.core.chrome;
