package vn.sohoa.tools.evaluation;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import vn.sohoa.pipeline.index.IndexedRecord;
import vn.sohoa.pipeline.index.KeywordValues;
import vn.sohoa.pipeline.index.LuceneSearchIndex;
import vn.sohoa.pipeline.index.SearchFilter;
import vn.sohoa.pipeline.index.SearchQuery;

/**
 * Builds an index of synthetic records and measures indexing rate and search latency over a fixed
 * mix of queries (see {@link Kind}). A benchmark, not a test: it reports figures, it asserts nothing.
 */
public final class SearchBenchmark {

    /** The query mix, with the share of each kind in it. */
    public enum Kind {
        TEXT_WITH_DIACRITICS(25), TEXT_WITHOUT_DIACRITICS(15), PHRASE(15), OWNER_ID(15), DOSSIER_CODE(10),
        DOCUMENT_NUMBER(5), FILTERED(15);

        final int percent;

        Kind(int percent) {
            this.percent = percent;
        }
    }

    /** Latency percentiles of one kind of query, in milliseconds. */
    public record Latency(int queries, double median, double p95, double max) {
    }

    public record Report(int records, double indexSeconds, double recordsPerSecond, Map<Kind, Latency> latency, Latency overall) {
    }

    private record Sample(String text, String ownerId, String dossierCode, String documentNumber, String typeName) {
    }

    private record TimedQuery(Kind kind, SearchQuery query) {
    }

    private final int records;
    private final int queries;
    private final long seed;

    public SearchBenchmark(int records, int queries, long seed) {
        this.records = records;
        this.queries = queries;
        this.seed = seed;
    }

    public Report run(Path indexDir, PrintWriter progress) {
        List<Sample> samples = new ArrayList<>();
        SyntheticRecords generator = new SyntheticRecords(seed);
        long indexNanos = 0;
        try (LuceneSearchIndex index = new LuceneSearchIndex(indexDir)) {
            int sampleEvery = Math.max(1, records / 2000);
            for (int n = 0; n < records; n++) {
                IndexedRecord record = generator.next(n);
                if (n % sampleEvery == 0) {
                    samples.add(sample(record));
                }
                long start = System.nanoTime();
                index.index(record);
                indexNanos += System.nanoTime() - start;
                if ((n + 1) % 10_000 == 0) {
                    progress.printf("  indexed %,d records%n", n + 1);
                    progress.flush();
                }
            }
            long start = System.nanoTime();
            index.commit();
            indexNanos += System.nanoTime() - start;

            List<TimedQuery> mix = mix(samples);
            progress.printf("  warming up with %,d queries, then timing them%n", mix.size());
            progress.flush();
            for (TimedQuery query : mix) {
                index.search(query.query());
            }
            Map<Kind, List<Double>> timings = new EnumMap<>(Kind.class);
            for (TimedQuery query : mix) {
                long start2 = System.nanoTime();
                index.search(query.query());
                timings.computeIfAbsent(query.kind(), k -> new ArrayList<>()).add((System.nanoTime() - start2) / 1e6);
            }
            Map<Kind, Latency> latency = new EnumMap<>(Kind.class);
            List<Double> all = new ArrayList<>();
            timings.forEach((kind, ms) -> {
                latency.put(kind, latency(ms));
                all.addAll(ms);
            });
            double seconds = indexNanos / 1e9;
            return new Report(records, seconds, records / seconds, latency, latency(all));
        }
    }

    private static Sample sample(IndexedRecord record) {
        return new Sample(record.text(), record.fields().get("ownerIds").get(0), record.fields().get("dossierCode").get(0),
                record.fields().get("documentNumber").get(0),
                record.fields().containsKey("typeName") ? record.fields().get("typeName").get(0) : null);
    }

    /** The fixed mix: {@code queries} queries drawn from the sampled records with the benchmark's seed. */
    private List<TimedQuery> mix(List<Sample> samples) {
        Random random = new Random(seed + 1);
        List<TimedQuery> mix = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            int count = queries * kind.percent / 100;
            for (int i = 0; i < count; i++) {
                mix.add(new TimedQuery(kind, query(kind, samples.get(random.nextInt(samples.size())), random)));
            }
        }
        java.util.Collections.shuffle(mix, random);
        return mix;
    }

    private static SearchQuery query(Kind kind, Sample sample, Random random) {
        switch (kind) {
            case TEXT_WITH_DIACRITICS:
                return SearchQuery.text(words(sample.text(), 2 + random.nextInt(2), random), 10);
            case TEXT_WITHOUT_DIACRITICS:
                return SearchQuery.text(KeywordValues.fold(words(sample.text(), 2 + random.nextInt(2), random)), 10);
            case PHRASE:
                String phrase = words(sample.text(), 3 + random.nextInt(2), random);
                return SearchQuery.text("\"" + (random.nextBoolean() ? phrase : KeywordValues.fold(phrase)) + "\"", 10);
            case OWNER_ID:
                String id = sample.ownerId();
                String typed = random.nextBoolean() ? id : id.replaceAll("(\\d{3})(?=\\d)", "$1 ");
                return SearchQuery.text("", 10).with(SearchFilter.OWNER_ID, typed);
            case DOSSIER_CODE:
                return SearchQuery.text("", 10).with(SearchFilter.DOSSIER_CODE, sample.dossierCode());
            case DOCUMENT_NUMBER:
                return SearchQuery.text("", 10).with(SearchFilter.DOCUMENT_NUMBER, sample.documentNumber());
            default:
                SearchQuery filtered = SearchQuery.text(KeywordValues.fold(words(sample.text(), 1, random)), 10)
                        .issuedBetween(LocalDate.of(2019 + random.nextInt(5), 1, 1), null).withFacets();
                return sample.typeName() == null ? filtered : filtered.with(SearchFilter.TYPE_NAME, sample.typeName());
        }
    }

    /** {@code count} consecutive words of the text, from a random place, without punctuation. */
    private static String words(String text, int count, Random random) {
        List<String> words = Arrays.stream(text.split("[\\s\\f]+"))
                .map(w -> w.replaceAll("[^\\p{L}\\p{N}]", "")).filter(w -> w.length() > 1).toList();
        int start = random.nextInt(Math.max(1, words.size() - count));
        return String.join(" ", words.subList(start, Math.min(words.size(), start + count)));
    }

    private static Latency latency(List<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Latency(sorted.length, percentile(sorted, 0.5), percentile(sorted, 0.95), sorted[sorted.length - 1]);
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
    }
}
