/**
 * The home page: what the product is for visitors, the resident's own overview (masked personal data) and,
 * for staff and charities, the way to their own pages. Shows only what exists.
 */
package org.jiuzhu.portal.home;
