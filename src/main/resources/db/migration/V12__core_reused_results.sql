-- A valid authorization or verification result carried over from the same applicant's earlier application
-- (DOMAIN §3.5: a category change needs no new authorization; results are recognized for six months).
ALTER TABLE verification_authorization ADD COLUMN reused_from BIGINT NULL;
ALTER TABLE verification_result ADD COLUMN reused_from BIGINT NULL;
