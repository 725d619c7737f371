package vn.sohoa.pipeline.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * {@link SearchIndex} in a Lucene index on local disk (documents: {@link RecordDocuments},
 * queries: {@link RecordQueries}).
 *
 * <p>Several Sohoa processes share the index folder: {@code ./sohoa serve} reads it (and writes
 * when a clerk reuses a record) while {@code ./sohoa run digitize} adds a batch. Lucene allows one
 * writer at a time, so the writer is opened on the first write and closed at {@link #commit()},
 * waiting up to {@code lockWait} for another process's writer to finish. Readers always search
 * the last commit and reopen to the newest one before each search (near-real-time), so they
 * never see half a chunk or half a rebuild.
 */
public final class LuceneSearchIndex implements SearchIndex {

    private static final int FACET_VALUES = 20;
    private static final double RAM_BUFFER_MB = 64;

    private final Directory directory;
    private final Duration lockWait;
    private final Duration searchTimeout;
    private IndexWriter writer;
    private SearcherManager searchers;

    public LuceneSearchIndex(Path dir) {
        this(dir, Duration.ofSeconds(30));
    }

    public LuceneSearchIndex(Path dir, Duration lockWait) {
        this(dir, lockWait, Duration.ofSeconds(3));
    }

    /**
     * @param searchTimeout how long one search may collect hits; past it the search is refused
     *                      ({@link SearchRefusedException}) instead of holding a core for everyone
     */
    public LuceneSearchIndex(Path dir, Duration lockWait, Duration searchTimeout) {
        this.lockWait = lockWait;
        this.searchTimeout = searchTimeout;
        try {
            this.directory = FSDirectory.open(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index at " + dir, e);
        }
    }

    @Override
    public synchronized void index(IndexedRecord record) {
        try {
            writer().updateDocument(new Term(RecordDocuments.ID, record.id()), RecordDocuments.toDocument(record));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot index record " + record.id(), e);
        }
    }

    @Override
    public synchronized void deleteAll() {
        try {
            writer().deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear the search index", e);
        }
    }

    @Override
    public synchronized void commit() {
        if (writer == null) {
            return;
        }
        try {
            writer.commit();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot commit the search index", e);
        } finally {
            writer = null;
        }
        refresh(true);
    }

    @Override
    public SearchResults search(SearchQuery query) {
        SearchText text = SearchText.parse(query.text()); // refused before the index is touched
        SearcherManager manager = refresh(false);
        if (manager == null) {
            return new SearchResults(0, query.offset(), List.of(), Map.of());
        }
        try {
            IndexSearcher searcher = manager.acquire();
            try {
                return run(timeLimited(searcher), query, text);
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed for '" + query.text() + "'", e);
        }
    }

    /**
     * A searcher of its own over the shared reader, with this search's deadline: the manager's
     * searcher is shared by concurrent searches, and the timeout is the searcher's state.
     */
    private IndexSearcher timeLimited(IndexSearcher shared) {
        IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
        long deadline = System.nanoTime() + searchTimeout.toNanos();
        searcher.setTimeout(() -> System.nanoTime() - deadline >= 0);
        return searcher;
    }

    private SearchResults run(IndexSearcher searcher, SearchQuery request, SearchText text) throws IOException {
        Query query = RecordQueries.build(request, text);
        int wanted = Math.max(request.offset() + request.limit(), 1);
        // Exact totals: a clerk is told how many records match, not "at least 1,000".
        TopFieldCollectorManager top = new TopFieldCollectorManager(order(text, request.order()), wanted, null, Integer.MAX_VALUE, false);
        TopDocs topDocs;
        Map<String, List<SearchResults.FacetCount>> facets = Map.of();
        if (request.facets()) {
            Object[] both = searcher.search(query, new MultiCollectorManager(top, new FacetCounter(RecordDocuments.FACETS, FACET_VALUES)));
            topDocs = (TopDocs) both[0];
            @SuppressWarnings("unchecked")
            Map<String, List<SearchResults.FacetCount>> counted = (Map<String, List<SearchResults.FacetCount>>) both[1];
            facets = counted;
        } else {
            topDocs = searcher.search(query, top);
        }
        if (searcher.timedOut()) {
            // Partial hits and counts would mislead a clerk: say so, and let the core go.
            throw new SearchRefusedException("search-too-slow", "The search took longer than " + searchTimeout.toMillis()
                    + " ms and was stopped; narrow it with more words or a filter", searchTimeout.toSeconds());
        }
        return new SearchResults(topDocs.totalHits.value, request.offset(), hits(searcher, query, topDocs, request, text), facets);
    }

    /**
     * Best matches first, ties broken by id so that the same index content always gives the same
     * order (a rebuilt index answers exactly like the incremental one); without words, newest first.
     */
    private static Sort order(SearchText text, SearchQuery.Order order) {
        SortField id = new SortField(RecordDocuments.ID_SORT, SortField.Type.STRING);
        if (order == SearchQuery.Order.ARCHIVED_OLDEST) {
            SortField archived = new SortField(RecordDocuments.ARCHIVED_SORT, SortField.Type.LONG);
            archived.setMissingValue(Long.MAX_VALUE);
            return new Sort(archived, id);
        }
        if (order == SearchQuery.Order.ISSUED_NEWEST || order == SearchQuery.Order.ISSUED_OLDEST) {
            boolean newest = order == SearchQuery.Order.ISSUED_NEWEST;
            SortField issued = new SortField(RecordDocuments.ISSUED_SORT, SortField.Type.INT, newest);
            issued.setMissingValue(newest ? Integer.MIN_VALUE : Integer.MAX_VALUE);
            return new Sort(issued, id);
        }
        if (text.matchesAll()) {
            SortField issued = new SortField(RecordDocuments.ISSUED_SORT, SortField.Type.INT, true);
            issued.setMissingValue(0);
            return new Sort(issued, id);
        }
        return new Sort(SortField.FIELD_SCORE, id);
    }

    private static List<SearchResults.Hit> hits(IndexSearcher searcher, Query query, TopDocs topDocs, SearchQuery request,
                                                SearchText text) throws IOException {
        int from = Math.min(request.offset(), topDocs.scoreDocs.length);
        int to = Math.min(request.offset() + request.limit(), topDocs.scoreDocs.length);
        if (from >= to) {
            return List.of();
        }
        ScoreDoc[] page = java.util.Arrays.copyOfRange(topDocs.scoreDocs, from, to);
        // Sorting by relevance does not keep the scores; fetch them for the shown hits only.
        TopFieldCollector.populateScores(page, searcher, query);
        TopDocs pageDocs = new TopDocs(topDocs.totalHits, page);
        // Without words there is nothing to highlight (identifier lookups, filters): the text's start is the snippet.
        String[] snippets = text.matchesAll() ? new String[page.length]
                : highlighter(searcher).highlight(RecordDocuments.TEXT, query, pageDocs, 1);
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            Document doc = searcher.storedFields().document(page[i].doc);
            hits.add(RecordDocuments.toHit(doc, page[i].score, snippets[i] != null ? snippets[i] : leadSnippet(doc)));
        }
        return hits;
    }

    /** Without words to highlight (`*`, filters only), the trích yếu says best what the document is; else the text's start. */
    private static String leadSnippet(Document doc) {
        String subject = doc.get("s.subject");
        return subject != null && !subject.isBlank() ? Snippet.of(subject) : Snippet.of(doc.get(RecordDocuments.TEXT));
    }

    private static UnifiedHighlighter highlighter(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, VietnameseAnalyzers.index()).withMaxLength(200_000)
                .withFormatter(Snippet.formatter()).build();
    }

    /** Opens the writer, waiting for another process's writer to let go of the lock. */
    private IndexWriter writer() throws IOException {
        if (writer != null) {
            return writer;
        }
        long deadline = System.nanoTime() + lockWait.toNanos();
        while (true) {
            try {
                writer = new IndexWriter(directory, new IndexWriterConfig(VietnameseAnalyzers.index())
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                        .setRAMBufferSizeMB(RAM_BUFFER_MB));
                return writer;
            } catch (LockObtainFailedException e) {
                if (System.nanoTime() > deadline) {
                    throw new IndexBusyException("The search index is being written by another Sohoa process for more than "
                            + lockWait.toSeconds() + " s", e);
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IndexBusyException("Interrupted while waiting for the search index", e);
        }
    }

    /** The searcher manager, reopened to the newest commit (of this or another process). */
    private synchronized SearcherManager refresh(boolean blocking) {
        try {
            if (searchers == null) {
                if (!DirectoryReader.indexExists(directory)) {
                    return null;
                }
                searchers = new SearcherManager(directory, new SearcherFactory());
            } else if (blocking) {
                searchers.maybeRefreshBlocking();
            } else {
                searchers.maybeRefresh();
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
