-- The search words of V1520 (decision 0115) are read by nothing: at national scale both ways of asking them were
-- slower on H2 than reading every text (docs/performance.md, "Register paging and search"). Their triggers would
-- still run on every write of a recommendation or report (the demo data's first start included), so they go.
DROP TRIGGER IF EXISTS recommendation_search_words;
DROP TRIGGER IF EXISTS report_search_words;
DROP TABLE IF EXISTS search_word_list;
DROP TABLE IF EXISTS search_word;
