-- The dashboard's deadline slippage (issue 21, decision 0112): how many actions there are per action plan's
-- organisation and report, by how far the action was moved later (bucket of days from the date first agreed to the
-- current due date), how late a done action finished (bucket of days from the current due date to the day done) and,
-- for an action not done, its current due date. Cancelled actions are not counted. Kept exact in the same transaction
-- as every write to an action (actionplan.internal.JooqSlippageLedger, called by JooqActionRepository, the only
-- writer of action), and recounted from live rows by its rebuild(). Nothing here depends on today's date: the
-- dashboard applies "today" when it reads (overdue now = an open due date before today, in buckets of days).
-- Buckets (actionplan.ActionSlippageKey): -1 none (zero days or fewer), 0 = 1-30 days, 1 = 31-90, 2 = 91-180,
-- 3 = over 180. Key columns cannot be NULL (they form the primary key the ledger's upsert adds to), so a done
-- action's open_due_on is 9999-12-31, a date after every today, which is therefore never "overdue now".
CREATE TABLE action_slippage (
    organisation_id BIGINT   NOT NULL REFERENCES organisation (id),
    report_id       BIGINT   NOT NULL REFERENCES report (id),
    moved_bucket    INTEGER  NOT NULL,
    late_bucket     INTEGER  NOT NULL,
    open_due_on     DATE     NOT NULL,
    n               INTEGER  NOT NULL,
    CONSTRAINT action_slippage_pk PRIMARY KEY (organisation_id, report_id, moved_bucket, late_bucket, open_due_on)
);
CREATE INDEX action_slippage_report_ix ON action_slippage (report_id);

-- Days are compared as dates plus a number of days (both databases add days to a DATE so), which is the same as
-- bucketing the difference in days.
INSERT INTO action_slippage (organisation_id, report_id, moved_bucket, late_bucket, open_due_on, n)
SELECT organisation_id, report_id, moved_bucket, late_bucket, open_due_on, COUNT(*)
FROM (
    SELECT p.organisation_id, p.report_id,
           CASE WHEN a.due_on <= a.original_due_on THEN -1
                WHEN a.due_on <= a.original_due_on + 30 THEN 0
                WHEN a.due_on <= a.original_due_on + 90 THEN 1
                WHEN a.due_on <= a.original_due_on + 180 THEN 2
                ELSE 3 END AS moved_bucket,
           CASE WHEN a.status <> 'DONE' OR a.completed_on IS NULL OR a.completed_on <= a.due_on THEN -1
                WHEN a.completed_on <= a.due_on + 30 THEN 0
                WHEN a.completed_on <= a.due_on + 90 THEN 1
                WHEN a.completed_on <= a.due_on + 180 THEN 2
                ELSE 3 END AS late_bucket,
           CASE WHEN a.status = 'DONE' THEN DATE '9999-12-31' ELSE a.due_on END AS open_due_on
    FROM action a
    JOIN action_plan p ON p.id = a.plan_id
    WHERE a.status <> 'CANCELLED'
) s
GROUP BY organisation_id, report_id, moved_bucket, late_bucket, open_due_on;
