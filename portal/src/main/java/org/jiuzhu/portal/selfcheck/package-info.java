/**
 * The self-check: a few plain questions, without an account, answered with the categories and special aids a
 * household may qualify for, why, and what to bring. Nothing typed here is stored. The assessment itself is
 * {@code org.jiuzhu.core.eligibility.Assessments}, the same one caseworkers decide with.
 */
package org.jiuzhu.portal.selfcheck;
