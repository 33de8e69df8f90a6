-- The dashboard's item counts (issue 21, decision 0105): how many tracked items there are per recipient, report,
-- status, current deadline, day verified and whether ever reopened. Kept exact in the same transaction as every
-- change to an item (recommendation.internal.JooqItemCountLedger, called by the only writers of
-- tracked_recommendation), and recounted from live rows by its rebuild(). Nothing here depends on today's date:
-- the dashboard applies "today" when it reads (overdue = due before today), and subtracts the few items paused
-- today by a live query.
-- Key columns cannot be NULL (they form the primary key that the ledger's upsert adds to), so "no date" is stored
-- as 9999-12-31: due_on for an item without a current deadline, verified_on for an item not verified (or verified
-- without a closing date).
CREATE TABLE item_count (
    recipient_id BIGINT      NOT NULL REFERENCES organisation (id),
    report_id    BIGINT      NOT NULL REFERENCES report (id),
    status       VARCHAR(30) NOT NULL,
    due_on       DATE        NOT NULL,
    verified_on  DATE        NOT NULL,
    reopened     BOOLEAN     NOT NULL,
    n            INTEGER     NOT NULL,
    CONSTRAINT item_count_pk PRIMARY KEY (recipient_id, report_id, status, due_on, verified_on, reopened)
);
CREATE INDEX item_count_report_ix ON item_count (report_id);

INSERT INTO item_count (recipient_id, report_id, status, due_on, verified_on, reopened, n)
SELECT t.recipient_id, r.report_id, t.status,
       COALESCE(t.due_on, DATE '9999-12-31'),
       CASE WHEN t.status = 'VERIFIED_IMPLEMENTED' AND t.closed_on IS NOT NULL THEN t.closed_on ELSE DATE '9999-12-31' END,
       t.reopen_count > 0,
       COUNT(*)
FROM tracked_recommendation t
JOIN recommendation r ON r.id = t.recommendation_id
GROUP BY t.recipient_id, r.report_id, t.status,
         COALESCE(t.due_on, DATE '9999-12-31'),
         CASE WHEN t.status = 'VERIFIED_IMPLEMENTED' AND t.closed_on IS NOT NULL THEN t.closed_on ELSE DATE '9999-12-31' END,
         t.reopen_count > 0;
