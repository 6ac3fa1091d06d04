/** The audit trail for administrators and supervisors: the latest entries and a verification of the hash chain. */
package org.jiuzhu.admin.audit;
