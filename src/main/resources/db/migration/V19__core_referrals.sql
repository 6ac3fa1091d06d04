-- Referrals (转办推送, DOMAIN §3.8 a/b): a warning of aid missing or of a new hardship goes to the owning department's
-- inbox with a deadline in working days. The department signs for it or returns it with a reason, then reports the
-- aid it gave, which closes the referral and its warning and enters the household's assistance chain. A referral
-- still open after its deadline is escalated to the region's supervisors once (escalated_at).
CREATE TABLE referral (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    warning_id      BIGINT        NOT NULL,
    department      VARCHAR(32)   NOT NULL,
    region_code     CHAR(12)      NOT NULL,
    status          VARCHAR(12)   NOT NULL,
    deadline        DATE          NOT NULL,
    sent_at         DATETIME(6)   NOT NULL,
    signed_by       BIGINT        NULL,
    signed_at       DATETIME(6)   NULL,
    returned_reason VARCHAR(500)  NULL,
    returned_by     BIGINT        NULL,
    returned_at     DATETIME(6)   NULL,
    aid_kind        VARCHAR(24)   NULL,
    aid_amount      DECIMAL(12,2) NULL,
    aid_on          DATE          NULL,
    aid_note        VARCHAR(500)  NULL,
    reported_by     BIGINT        NULL,
    reported_at     DATETIME(6)   NULL,
    escalated_at    DATETIME(6)   NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_referral_warning (warning_id),
    INDEX idx_referral_inbox (department, status, region_code),
    INDEX idx_referral_deadline (status, deadline),
    CONSTRAINT fk_referral_warning FOREIGN KEY (warning_id) REFERENCES warning (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
