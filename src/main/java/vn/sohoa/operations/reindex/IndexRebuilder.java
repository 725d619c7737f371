package vn.sohoa.operations.reindex;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.sohoa.model.ArchiveLayout;
import vn.sohoa.pipeline.archive.RecordArchive;
import vn.sohoa.pipeline.index.RecordIndexer;
import vn.sohoa.pipeline.index.SearchIndex;
import vn.sohoa.storage.ObjectStore;

/**
 * Rebuilds the index from the bucket alone ({@code sohoa run reindex}): every {@code record.json}
 * with its text and reuse entries. The old entries are deleted and the new ones added in one
 * uncommitted change, committed once at the end, so searches meanwhile see the old index whole and
 * then the new one whole. A plain service rather than a batch job: it has one step, nothing to
 * restart (run it again), and writes nothing but the derived index.
 */
@Service
public class IndexRebuilder {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuilder.class);
    /** {@code records/{id}/record.json}, not a record.json deeper down. */
    private static final Pattern RECORD_JSON = Pattern.compile(Pattern.quote(ArchiveLayout.RECORDS) + "([^/]+)/record\\.json");

    private final ObjectStore store;
    private final RecordArchive archive;
    private final RecordIndexer indexer;
    private final SearchIndex index;

    public IndexRebuilder(ObjectStore store, RecordArchive archive, RecordIndexer indexer, SearchIndex index) {
        this.store = store;
        this.archive = archive;
        this.indexer = indexer;
        this.index = index;
    }

    /** What a rebuild did. */
    public record Summary(int records, int unreadable, Duration elapsed) {
    }

    public Summary rebuild() {
        long started = System.nanoTime();
        AtomicInteger records = new AtomicInteger();
        AtomicInteger unreadable = new AtomicInteger();
        index.deleteAll();
        store.list(ArchiveLayout.RECORDS)
                .map(info -> RECORD_JSON.matcher(info.key()))
                .filter(Matcher::matches)
                .forEach(key -> {
                    String id = key.group(1);
                    try {
                        indexer.index(archive.find(id).orElseThrow(), archive.text(id));
                        records.incrementAndGet();
                    } catch (RuntimeException e) {
                        // One damaged record must not keep every other one out of the index.
                        log.error("Cannot index record {} from {}: {}", id, key.group(), e.toString());
                        unreadable.incrementAndGet();
                    }
                });
        index.commit();
        Summary summary = new Summary(records.get(), unreadable.get(), Duration.ofNanos(System.nanoTime() - started));
        log.info("Index rebuilt from the bucket: {} records, {} unreadable, {} ms", summary.records(), summary.unreadable(),
                summary.elapsed().toMillis());
        return summary;
    }
}
