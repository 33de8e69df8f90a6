-- Decision 0010: an item's current deadline (due_on) is the date of the clock still running for it. Once a plan
-- is agreed, that is the implementation target; with none set the item has "no target date", not the response
-- date of a clock that has already stopped.
UPDATE tracked_recommendation SET due_on = NULL
 WHERE status IN ('PLAN_ACCEPTED', 'IN_PROGRESS') AND target_on IS NULL AND due_on IS NOT NULL;
