/**
 * The township's emergency desk: the emergency requests of its region, with aid paid first, the explanation
 * afterwards, or closing with a reason. The rules are {@code org.jiuzhu.core.emergency}.
 */
package org.jiuzhu.admin.emergency;
