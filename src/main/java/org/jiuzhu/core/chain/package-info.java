/**
 * The assistance chain (一户一条救助链): per household, the ordered record of every aid given by any office, so gaps
 * and duplicates show. Households are keyed by the head's {@link org.jiuzhu.core.privacy.PersonIndex}. The chain is
 * written by the offices that give aid (the county's approval, emergency aid, charity aid delivered through matching; later referrals) and
 * read by the resident and by staff. Uses {@code core.account} and {@code core.privacy}.
 */
package org.jiuzhu.core.chain;
