package vn.sohoa.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * {@link SearchIndex} in a Lucene index on local disk. Full text goes into {@code text} (stored,
 * for snippets), metadata values into {@code meta} for free-text search and into
 * {@code f.NAME} keyword fields for exact lookups. Readers are reopened after each commit
 * (near-real-time), so a search never sees an uncommitted chunk.
 */
public final class LuceneSearchIndex implements SearchIndex {

    static final String ID = "id";
    static final String TEXT = "text";
    static final String META = "meta";
    static final String FILE_NAME = "fileName";
    static final String BATCH = "batch";
    private static final String[] SEARCHED = {TEXT, META};
    private static final int SNIPPET_CHARS = 240;

    private final Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;

    public LuceneSearchIndex(Path dir) {
        try {
            this.directory = FSDirectory.open(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index at " + dir, e);
        }
    }

    @Override
    public void index(IndexedRecord record) {
        try {
            writer().updateDocument(new Term(ID, record.id()), toDocument(record));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot index record " + record.id(), e);
        }
    }

    @Override
    public synchronized void commit() {
        try {
            if (writer != null) {
                writer.commit();
                searchers.maybeRefreshBlocking();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot commit the search index", e);
        }
    }

    @Override
    public SearchResults search(String query, int limit) {
        SearcherManager manager = searchers();
        if (manager == null) {
            return new SearchResults(0, List.of());
        }
        try {
            if (!writing()) {
                // Another process may have committed; this process's own writes refresh at commit.
                manager.maybeRefresh();
            }
            IndexSearcher searcher = manager.acquire();
            try {
                return run(searcher, parse(query), limit);
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed for '" + query + "'", e);
        }
    }

    @Override
    public long count() {
        return search("*", 0).total();
    }

    private SearchResults run(IndexSearcher searcher, Query query, int limit) throws IOException {
        TopDocs top = searcher.search(query, Math.max(limit, 1));
        int shown = Math.min(limit, top.scoreDocs.length);
        String[] snippets = shown == 0 ? new String[0] : highlighter(searcher).highlight(TEXT, query, top, 1);
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (int i = 0; i < shown; i++) {
            ScoreDoc scoreDoc = top.scoreDocs[i];
            Document doc = searcher.storedFields().document(scoreDoc.doc);
            hits.add(new SearchResults.Hit(doc.get(ID), scoreDoc.score, doc.get(FILE_NAME), snippet(snippets[i], doc.get(TEXT))));
        }
        return new SearchResults(top.totalHits.value, hits);
    }

    private static UnifiedHighlighter highlighter(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, VietnameseAnalyzers.index()).withMaxLength(200_000).build();
    }

    private static String snippet(String highlighted, String text) {
        String snippet = highlighted != null ? highlighted : text == null ? "" : text;
        snippet = snippet.replaceAll("\\s+", " ").strip();
        return snippet.length() <= SNIPPET_CHARS ? snippet : snippet.substring(0, SNIPPET_CHARS) + "…";
    }

    /** Exact-form matches score twice as high as folded-form matches of the same words. */
    static Query parse(String query) {
        String text = Normalizer.normalize(query == null ? "" : query, Normalizer.Form.NFC).strip();
        if (text.isEmpty() || text.equals("*")) {
            return new MatchAllDocsQuery();
        }
        return new BooleanQuery.Builder()
                .add(new BoostQuery(parseWith(text, new MultiFieldQueryParser(SEARCHED, VietnameseAnalyzers.exact())), 2f), BooleanClause.Occur.SHOULD)
                .add(parseWith(text, new MultiFieldQueryParser(SEARCHED, VietnameseAnalyzers.folded())), BooleanClause.Occur.SHOULD)
                .build();
    }

    private static Query parseWith(String text, QueryParser parser) {
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            // A stray quote or bracket from a clerk is text, not syntax.
            try {
                return parser.parse(QueryParser.escape(text));
            } catch (ParseException impossible) {
                throw new IllegalArgumentException("Cannot search for '" + text + "'", impossible);
            }
        }
    }

    private static Document toDocument(IndexedRecord record) {
        Document doc = new Document();
        doc.add(new StringField(ID, record.id(), Field.Store.YES));
        doc.add(new StoredField(FILE_NAME, record.fileName()));
        doc.add(new StringField(BATCH, record.batch(), Field.Store.YES));
        doc.add(new TextField(TEXT, nfc(record.text()), Field.Store.YES));
        StringBuilder meta = new StringBuilder(record.fileName());
        for (Map.Entry<String, List<String>> field : record.fields().entrySet()) {
            for (String value : field.getValue()) {
                doc.add(new StringField("f." + field.getKey(), KeywordValues.normalize(field.getKey(), value), Field.Store.NO));
                meta.append('\n').append(value);
            }
        }
        doc.add(new TextField(META, nfc(meta.toString()), Field.Store.NO));
        return doc;
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private synchronized IndexWriter writer() throws IOException {
        if (writer == null) {
            if (searchers != null) {
                searchers.close();
            }
            writer = new IndexWriter(directory, new IndexWriterConfig(VietnameseAnalyzers.index())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            searchers = new SearcherManager(writer, new SearcherFactory());
        }
        return writer;
    }

    private synchronized boolean writing() {
        return writer != null;
    }

    private synchronized SearcherManager searchers() {
        try {
            if (searchers == null && DirectoryReader.indexExists(directory)) {
                searchers = new SearcherManager(directory, new SearcherFactory());
            }
            return searchers;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                writer.close();
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the search index", e);
        }
    }
}
