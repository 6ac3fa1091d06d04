/**
 * "My assistance": the household's assistance chain ({@code org.jiuzhu.core.chain}) as the resident heading it reads
 * it, every aid from every office in date order.
 */
package org.jiuzhu.portal.assistance;
