/**
 * Files kept on disk outside the web root under random names (uploaded proofs, department lists): written to a
 * temporary name, forced to disk and renamed into place, with their size and SHA-256; swept when no row claims them.
 * Depends on nothing but the JDK.
 */
package org.jiuzhu.core.storage;
