package org.oversight.outcome.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.springframework.stereotype.Component;

/**
 * Earlier recommendations that read like a given one, by Apache Lucene's MoreLikeThis over an in-memory index of
 * every recommendation (decision 0060). The index is built from the database and rebuilt when a recommendation is
 * added or edited; it holds each recommendation's own text, its report's title and summary as context, and the
 * organisations it was addressed to, which lift an earlier recommendation to the same recipient.
 */
@Component
public class SimilarRecommendations {

    /** What the index holds of one recommendation. */
    public record Document(long id, long reportId, LocalDate publishedOn, String text, String reportTitle,
                           String reportSummary, List<Long> recipients) {
    }

    /** The recommendation to find earlier equivalents of. */
    public record Probe(long id, long reportId, LocalDate publishedOn, String text, String reportTitle,
                        String reportSummary, Collection<Long> recipients) {
    }

    private static final String ID = "id";
    private static final String REPORT = "report";
    private static final String PUBLISHED = "published";
    private static final String TEXT = "text";
    private static final String CONTEXT = "context";
    private static final String RECIPIENT = "recipient";

    private final JooqLinkRepository links;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private volatile Index index;

    SimilarRecommendations(JooqLinkRepository links) {
        this.links = links;
    }

    /**
     * Up to {@code limit} recommendations published on or before the probe's report, outside it and not in
     * {@code excluded}, best first, with their scores.
     */
    public Map<Long, Float> earlierThan(Probe probe, Collection<Long> excluded, int limit) {
        try {
            Index current = current();
            MoreLikeThis mlt = new MoreLikeThis(current.reader);
            mlt.setAnalyzer(analyzer);
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMinWordLen(3);
            mlt.setMaxQueryTerms(40);
            mlt.setBoost(true);
            String context = Objects.toString(probe.reportTitle(), "") + " " + Objects.toString(probe.reportSummary(), "");
            Query byText = mlt.like(TEXT, new StringReader(probe.text()));
            Query byContext = mlt.like(CONTEXT, new StringReader(probe.text() + " " + context));
            BooleanQuery.Builder similar = new BooleanQuery.Builder()
                    .add(new BoostQuery(byText, 2f), Occur.SHOULD)
                    .add(byContext, Occur.SHOULD);
            BooleanQuery.Builder q = new BooleanQuery.Builder()
                    .add(similar.build(), Occur.MUST)
                    .add(LongPoint.newRangeQuery(PUBLISHED, Long.MIN_VALUE, probe.publishedOn().toEpochDay()), Occur.FILTER)
                    .add(LongPoint.newExactQuery(REPORT, probe.reportId()), Occur.MUST_NOT);
            for (long recipient : probe.recipients()) {
                q.add(new BoostQuery(LongPoint.newExactQuery(RECIPIENT, recipient), 10f), Occur.SHOULD);
            }
            for (long id : excluded) {
                q.add(LongField.newExactQuery(ID, id), Occur.MUST_NOT);
            }
            IndexSearcher searcher = new IndexSearcher(current.reader);
            Map<Long, Float> found = new LinkedHashMap<>();
            for (ScoreDoc hit : searcher.search(q.build(), limit).scoreDocs) {
                long id = searcher.storedFields().document(hit.doc).getField(ID).numericValue().longValue();
                found.put(id, hit.score);
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Index current() throws IOException {
        String stamp = links.corpusStamp();
        Index i = index;
        if (i != null && i.stamp.equals(stamp)) {
            return i;
        }
        synchronized (this) {
            if (index == null || !index.stamp.equals(stamp)) {
                index = build(stamp, links.corpus());
            }
            return index;
        }
    }

    private Index build(String stamp, List<Document> documents) throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Document d : documents) {
                org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
                doc.add(new LongField(ID, d.id(), Field.Store.YES));
                doc.add(new LongPoint(REPORT, d.reportId()));
                doc.add(new LongPoint(PUBLISHED, d.publishedOn().toEpochDay()));
                doc.add(new TextField(TEXT, d.text(), Field.Store.NO));
                doc.add(new TextField(CONTEXT, Objects.toString(d.reportTitle(), "") + " "
                        + Objects.toString(d.reportSummary(), ""), Field.Store.NO));
                for (long recipient : d.recipients()) {
                    doc.add(new LongPoint(RECIPIENT, recipient));
                }
                writer.addDocument(doc);
            }
        }
        return new Index(stamp, DirectoryReader.open(directory));
    }

    private record Index(String stamp, DirectoryReader reader) {
    }
}
