package vn.sohoa.tools.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import vn.sohoa.pipeline.index.IndexedRecord;
import vn.sohoa.tools.samples.ResultCatalog;
import vn.sohoa.tools.samples.ResultDocument;

/**
 * Synthetic records for the search benchmark: the text of the sample catalog's results (about
 * 2,000 characters of real administrative Vietnamese, with invented names, IDs and addresses),
 * each catalog seed giving five, with a random document number and issue date per record, and the
 * fields a manifest or extraction would give. Deterministic for a seed.
 */
public final class SyntheticRecords {

    private final long seed;
    private final Random random;
    private List<ResultDocument> catalog = List.of();

    public SyntheticRecords(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** The n-th record (call in order 0, 1, 2, ...). */
    public IndexedRecord next(int n) {
        if (n % 5 == 0) {
            catalog = new ResultCatalog(seed + n / 5).all();
        }
        ResultDocument doc = catalog.get(n % 5);
        String printedNumber = doc.numberLine().replaceFirst("^Số:\\s*", "");
        int slash = printedNumber.indexOf('/');
        // A certificate's number is all digits (a household business number); a document's is N/SYMBOL.
        String number = slash < 0 ? String.format("%0" + printedNumber.length() + "d", (long) (random.nextDouble() * Math.pow(10, printedNumber.length())))
                : (1 + random.nextInt(9999)) + printedNumber.substring(slash);
        String text = doc.groundTruthText().replace(printedNumber, number);
        LocalDate issued = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(6 * 365));
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (doc.hasTypeName()) {
            fields.put("typeName", List.of(doc.typeName()));
        }
        fields.put("documentNumber", List.of(number));
        fields.put("issuedDate", List.of(issued.toString()));
        fields.put("organName", List.of(String.join(" ", doc.organLines())));
        fields.put("dossierCode", List.of(doc.dossierCode()));
        fields.put("procedureCode", List.of(doc.procedureCode()));
        fields.put("ownerIds", new ArrayList<>(doc.ownerIds()));
        fields.put("signerName", List.of(doc.signerName()));
        String id = String.format("%024x", n);
        return new IndexedRecord(id, doc.kind().name().toLowerCase() + "-" + n + ".pdf", "bench-" + (n / 1000), text, fields);
    }
}
