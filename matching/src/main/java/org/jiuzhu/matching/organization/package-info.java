/**
 * Charity organizations: self-registration with a unified social credit code and a registration certificate, and
 * verification or rejection by a supervisor or administrator of the organization's region. The API other matching
 * features use is this package ({@link org.jiuzhu.matching.organization.Organizations}); may use the kernel.
 */
package org.jiuzhu.matching.organization;
