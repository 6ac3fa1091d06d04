-- How the resident's separate consent to share a need was given: ONLINE (ticked by the resident on the portal) or
-- PAPER (signed on a form in person, recorded by staff with the form's number, which the file keeps).
ALTER TABLE need
    ADD COLUMN consent_channel   VARCHAR(8)  NOT NULL DEFAULT 'ONLINE',
    ADD COLUMN consent_reference VARCHAR(40) NULL;
