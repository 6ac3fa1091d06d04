/**
 * Files kept on disk outside the web root under random names (uploaded proofs, complaint evidence, notice attachments,
 * department lists): written to a temporary name, forced to disk and renamed into place, with their size and SHA-256;
 * swept when no row claims them. Stores of files kept beyond their import are sealed: every file encrypted with
 * {@code core.privacy}'s file cipher, bound to its store and name. Depends on the JDK and {@code core.privacy}.
 */
package org.jiuzhu.core.storage;
