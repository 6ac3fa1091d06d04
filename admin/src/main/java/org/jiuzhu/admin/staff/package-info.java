/** Staff accounts: listed within the region scope and created by administrators and supervisors. */
package org.jiuzhu.admin.staff;
