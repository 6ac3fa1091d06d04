-- The display a person chose (STANDARD or ELDER, 长辈版), so that it follows them to another device at login.
-- NULL: never chosen; the browser's own cookie then decides.
ALTER TABLE account ADD COLUMN display_mode VARCHAR(16) NULL;
