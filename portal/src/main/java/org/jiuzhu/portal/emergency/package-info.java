/**
 * The emergency request form (急难求助), open to everyone with or without an account, wherever their household is
 * registered: name, phone, where and what happened. The township of the place handles it in admin; the rules are
 * {@code org.jiuzhu.core.emergency}.
 */
package org.jiuzhu.portal.emergency;
