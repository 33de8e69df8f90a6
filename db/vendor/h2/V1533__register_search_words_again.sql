-- H2's search words again (decision 0129; first in V1520, decision 0115, dropped by V1522): every word (longest run of
-- letters and digits, lower-cased) of every recommendation's text (kind 'R') and every report's title and reference
-- (kind 'P'), and the list of the words, kept in the writer's transaction by SearchWordTrigger. A national text search
-- now reads them in statements of their own and writes what it found into the next statement as literals
-- (JooqRegisterQuery, H2SearchWords), the form that V1522 found missing.
-- Numbered after the shared V1532 (not V1523) so that Flyway applies it in order to databases already past V1532.
CREATE TABLE search_word (
    word     VARCHAR(4000) NOT NULL,
    kind     CHAR(1)       NOT NULL,
    owner_id BIGINT        NOT NULL
);
CREATE INDEX search_word_word_ix ON search_word (word, kind, owner_id);
CREATE INDEX search_word_owner_ix ON search_word (kind, owner_id);

CREATE TABLE search_word_list (
    word VARCHAR(4000) NOT NULL
);
CREATE INDEX search_word_list_ix ON search_word_list (word);

CREATE TRIGGER recommendation_search_words AFTER INSERT, UPDATE, DELETE ON recommendation FOR EACH ROW
    CALL 'org.oversight.recommendation.internal.SearchWordTrigger';
CREATE TRIGGER report_search_words AFTER INSERT, UPDATE, DELETE ON report FOR EACH ROW
    CALL 'org.oversight.recommendation.internal.SearchWordTrigger';

-- the words of the texts already there: each row rewritten as it is, which fires the trigger
UPDATE recommendation SET text = text;
UPDATE report SET title = title;
