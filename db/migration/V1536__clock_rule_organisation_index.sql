-- The commissioners' responses owed (decision 0138): the bell asks on every navigation for the responses of one
-- force (a force lead, a chief officer) or of every force (watchdog staff), by rule and organisation; without an
-- index each ask read every clock of the country (about 41,000 in the national data set).
CREATE INDEX clock_rule_organisation_ix ON clock (rule, organisation_id);
