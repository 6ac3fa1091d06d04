/**
 * Publishing notices: supervisors and administrators write, schedule, revise and withdraw the notices of their
 * region. The rules live in the kernel ({@code org.jiuzhu.core.notice}); {@code web} holds the pages only.
 */
package org.jiuzhu.admin.notice;
