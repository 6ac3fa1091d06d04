/**
 * The township's intake of submitted applications: the queue of submissions waiting in the region, the review of
 * one application beside the system's (advisory) assessment, and the caseworker's decision to accept it for
 * verification or return it to the resident with a reason. Uses {@code org.jiuzhu.core.application} for the
 * applications and their timeline and {@code org.jiuzhu.core.eligibility} for the assessment.
 */
package org.jiuzhu.admin.intake;
