/**
 * Applying once: the resident's application as step pages (address, members, income and assets, hardship and
 * bank account), each saved as a draft on the server; a review with the system's estimate and the
 * honest-declaration pledge; an idempotent submission; then the tracking page with every stage. The rules are
 * {@code org.jiuzhu.core.application}; this feature is the resident's face of them.
 */
package org.jiuzhu.portal.application;
