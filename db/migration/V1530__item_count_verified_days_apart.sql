-- The dashboard's item counts made small (issue 21, decision 0123). item_count (V1460, decision 0105) was keyed by
-- the day each verified item was closed as well, so it held about one row per item (33,869 rows for 35,027 items at
-- national scale, 28,969 of them only because of that day). The day is read by two figures only: "verified this
-- quarter" and the median days from publication to a verified close. It now lives in a table of its own, read by
-- those two alone, and item_count keeps the rest of its key (recipient, report, status, current deadline, whether
-- ever reopened): about 13,600 rows, what the headline's other figures and status by force read.
-- Both are kept exact in the same transaction as every change to an item (recommendation.internal.JooqItemCountLedger)
-- and recounted from live rows by its rebuild(), as before.

-- verified_on left item_count's key: the rows are recounted without it
DELETE FROM item_count;
ALTER TABLE item_count DROP CONSTRAINT item_count_pk;
ALTER TABLE item_count DROP COLUMN verified_on;
ALTER TABLE item_count ADD CONSTRAINT item_count_pk PRIMARY KEY (recipient_id, report_id, status, due_on, reopened);

INSERT INTO item_count (recipient_id, report_id, status, due_on, reopened, n)
SELECT t.recipient_id, r.report_id, t.status, COALESCE(t.due_on, DATE '9999-12-31'), t.reopen_count > 0, COUNT(*)
FROM tracked_recommendation t
JOIN recommendation r ON r.id = t.recommendation_id
GROUP BY t.recipient_id, r.report_id, t.status, COALESCE(t.due_on, DATE '9999-12-31'), t.reopen_count > 0;

-- How many items were verified implemented on each day, per recipient and report: only items verified implemented
-- with a closing date (the ones the median and "verified this quarter" count), so no "no date" row is needed.
CREATE TABLE item_verified_day (
    recipient_id BIGINT  NOT NULL REFERENCES organisation (id),
    report_id    BIGINT  NOT NULL REFERENCES report (id),
    verified_on  DATE    NOT NULL,
    n            INTEGER NOT NULL,
    CONSTRAINT item_verified_day_pk PRIMARY KEY (recipient_id, report_id, verified_on)
);
CREATE INDEX item_verified_day_report_ix ON item_verified_day (report_id);

INSERT INTO item_verified_day (recipient_id, report_id, verified_on, n)
SELECT t.recipient_id, r.report_id, t.closed_on, COUNT(*)
FROM tracked_recommendation t
JOIN recommendation r ON r.id = t.recommendation_id
WHERE t.status = 'VERIFIED_IMPLEMENTED' AND t.closed_on IS NOT NULL
GROUP BY t.recipient_id, r.report_id, t.closed_on;
