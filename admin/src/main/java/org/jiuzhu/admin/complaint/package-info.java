/**
 * The staff side of complaints and reports: the hotline intake form, the dispatchers' and offices' queues, and each
 * complaint's page with the steps the reader may take (dispatch, sign, return, reply, extension, follow-up). The
 * workflow and its rules live in the kernel's {@code org.jiuzhu.core.complaint}.
 */
package org.jiuzhu.admin.complaint;
