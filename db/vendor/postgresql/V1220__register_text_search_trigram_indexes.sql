-- The register's text search ("contains, ignoring case" over a recommendation's text and its report's title and
-- reference) through trigram indexes instead of reading every text (decision 0085). PostgreSQL only: this folder is
-- on Flyway's path as db/vendor/{vendor}; H2 has no index for a substring match and reads the texts.
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;

CREATE INDEX recommendation_text_trgm_ix ON recommendation USING gin (text public.gin_trgm_ops);
CREATE INDEX report_title_trgm_ix ON report USING gin (title public.gin_trgm_ops);
CREATE INDEX report_reference_trgm_ix ON report USING gin (reference public.gin_trgm_ops);
