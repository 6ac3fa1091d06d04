/**
 * The public publicity list (公示) and the objection form, open to everyone without an account: masked names,
 * villages and proposals from {@code org.jiuzhu.core.application.Publicity}.
 */
package org.jiuzhu.portal.publicity;
