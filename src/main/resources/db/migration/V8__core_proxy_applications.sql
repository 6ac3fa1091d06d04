-- A village assistance officer may prepare an application on a resident's behalf (帮办). The resident confirms it
-- by submitting it from their own account, or the officer submits it with the resident's signed paper
-- authorization uploaded as a proof.
ALTER TABLE application ADD COLUMN proxy_account_id BIGINT NULL;
ALTER TABLE application ADD CONSTRAINT fk_application_proxy FOREIGN KEY (proxy_account_id) REFERENCES account (id);
CREATE INDEX idx_application_proxy ON application (proxy_account_id, status);
