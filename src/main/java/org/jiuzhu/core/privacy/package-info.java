/**
 * Protection of sensitive personal information under the PIPL (Personal Information Protection
 * Law): field encryption (SM4-GCM), keyed blind index (HMAC-SM3) for equality search over
 * encrypted columns, masking for display and logs, and validation of resident ID numbers and
 * mobile phone numbers.
 *
 * <p>Depends only on the JDK and Bouncy Castle, so every area of the application can use it.
 */
package org.jiuzhu.core.privacy;
