package org.jiuzhu.core.application;

import org.jiuzhu.core.eligibility.Housing;
import org.jiuzhu.core.eligibility.SpecialAid;

import java.util.Set;

/**
 * The hardship in the resident's words, the aids asked for and where payments go. {@code bankAccount} null keeps
 * the stored account number; it is only ever stored encrypted and shown masked.
 */
public record Needs(Housing housing, boolean disasterAffected, boolean suddenHardship, String hardship,
                    Set<SpecialAid> requestedAids, String bankName, String bankAccount) {
}
