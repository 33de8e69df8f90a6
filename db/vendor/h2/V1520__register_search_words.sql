-- H2's index for the register's text search (issue 21, decision 0115): every word (longest run of letters and digits,
-- lower-cased) of every recommendation's text (kind 'R') and every report's title and reference (kind 'P'), and the
-- list of the words, kept by the database in the writer's transaction by a trigger. "Contains, ignoring case" then
-- reads only the texts having a word that contains the search's longest word, and confirms each as before.
-- H2 only: this folder is on Flyway's path as db/vendor/{vendor}; PostgreSQL has trigram indexes (V1220).
CREATE TABLE search_word (
    word     VARCHAR(4000) NOT NULL,
    kind     CHAR(1)       NOT NULL,
    owner_id BIGINT        NOT NULL
);
CREATE INDEX search_word_word_ix ON search_word (word, kind, owner_id);
CREATE INDEX search_word_owner_ix ON search_word (kind, owner_id);

-- Each word once (or, after two writers added the same new word at the same moment, twice: no unique key, so
-- neither fails), for a search to find the words containing its own without reading every text's words.
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
