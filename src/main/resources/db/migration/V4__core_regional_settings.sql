-- Eligibility thresholds per region, versioned: a new record takes effect on its date and never changes an
-- assessment already made (each assessment names the version it used). A village uses the record of its
-- nearest division that has one in effect.
CREATE TABLE regional_settings (
    version                      BIGINT        NOT NULL AUTO_INCREMENT,
    region_code                  CHAR(12)      NOT NULL,
    effective_from               DATE          NOT NULL,
    urban_dibao_standard         DECIMAL(10,2) NOT NULL,
    rural_dibao_standard         DECIMAL(10,2) NOT NULL,
    marginal_multiplier          DECIMAL(4,2)  NOT NULL,
    disposable_income_last_year  DECIMAL(12,2) NOT NULL,
    rigid_expense_multiplier     DECIMAL(4,2)  NOT NULL,
    asset_limit_per_person       DECIMAL(12,2) NOT NULL,
    taper_months                 INT           NOT NULL,
    verification_validity_months INT           NOT NULL,
    publicity_days               INT           NOT NULL,
    created_at                   DATETIME(6)   NOT NULL,
    created_by                   BIGINT        NOT NULL,
    PRIMARY KEY (version),
    INDEX idx_settings_region_date (region_code, effective_from),
    CONSTRAINT fk_settings_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
