-- The current-deadline index with the items that have no deadline at its end (issue 21, decision 0114). H2 sorts
-- NULL first in an index by default, so every range "due before a day" (overdue, the register's pages) and every walk
-- in deadline order started by reading past the 31,000 undated items of the national data set. PostgreSQL's
-- ascending indexes already put NULL last.
DROP INDEX tracked_recommendation_due_ix;
CREATE INDEX tracked_recommendation_due_ix ON tracked_recommendation (due_on NULLS LAST);
