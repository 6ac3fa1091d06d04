-- The publicity list prints the applicant's ID number masked (110***********1234), as the local rules ask, copied at
-- posting like the masked name; listings posted before this have none.
ALTER TABLE publicity ADD COLUMN masked_id_number VARCHAR(18) NULL AFTER masked_name;
