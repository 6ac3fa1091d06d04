/**
 * Filing and following complaints and reports (投诉举报) on the public site: an online form usable with or without
 * an account, anonymously if wished, with evidence files; following by account or by tracking code and query
 * password; rating the reply. The rules live in the kernel's {@code org.jiuzhu.core.complaint}.
 */
package org.jiuzhu.portal.complaint;
