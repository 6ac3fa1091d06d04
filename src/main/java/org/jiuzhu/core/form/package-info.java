/**
 * What every form shares: field errors as message keys, in the order the fields appear, and the exception a
 * domain service throws when input is refused. Pages turn the keys into words; the API into problem details.
 */
package org.jiuzhu.core.form;
