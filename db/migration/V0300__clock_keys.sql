-- Clocks (package deadline). Each clock the application starts on its own has a subject key
-- ('response:<tracked id>', 'publication:<tracked id>', 'pcc:<report id>:<force id>'), unique, so that starting
-- clocks for items that lack them is idempotent even when two nodes do it at once. Clocks made elsewhere
-- (action targets) may leave it empty.
ALTER TABLE clock ADD COLUMN subject_key VARCHAR(120);
ALTER TABLE clock ADD CONSTRAINT clock_subject_uk UNIQUE (subject_key);

-- Who recorded a pause; extensions already keep who granted them.
ALTER TABLE clock_pause ADD COLUMN created_by BIGINT;
ALTER TABLE clock_pause ADD CONSTRAINT clock_pause_created_by_fk FOREIGN KEY (created_by) REFERENCES app_user (id);

CREATE INDEX clock_pause_clock_ix ON clock_pause (clock_id);
CREATE INDEX clock_extension_clock_ix ON clock_extension (clock_id);
CREATE INDEX clock_report_ix ON clock (report_id, organisation_id);
