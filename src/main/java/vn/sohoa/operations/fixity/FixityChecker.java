package vn.sohoa.operations.fixity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import vn.sohoa.model.ArchiveLayout;
import vn.sohoa.model.DigitizedRecord;
import vn.sohoa.model.StoredObject;
import vn.sohoa.services.audit.AuditChainReport;
import vn.sohoa.services.audit.AuditTrail;
import vn.sohoa.storage.ObjectInfo;
import vn.sohoa.storage.ObjectNotFoundException;
import vn.sohoa.storage.ObjectStore;

/**
 * Re-reads every archived object and compares its SHA-256 with what {@code record.json} says, then
 * follows the audit trail's hash chains ({@link AuditTrail#checkChains()}): a changed, deleted or
 * forged event is a problem too.
 * It walks the bucket listing (in key order) one record at a time and streams each object
 * through the digest, so its memory holds one record's keys and the problems found, whatever
 * the size of the archive.
 */
@Component
public class FixityChecker {

    private final ObjectStore store;
    private final JsonMapper json;
    private final AuditTrail audit;

    public FixityChecker(ObjectStore store, JsonMapper json, AuditTrail audit) {
        this.store = store;
        this.json = json;
        this.audit = audit;
    }

    public FixityReport check() {
        Instant started = Instant.now();
        Counters counters = new Counters();
        List<FixityProblem> problems = new ArrayList<>();
        try (Stream<ObjectInfo> listing = store.list(ArchiveLayout.RECORDS)) {
            Iterator<ObjectInfo> objects = listing.iterator();
            List<ObjectInfo> group = new ArrayList<>();
            String current = null;
            while (objects.hasNext()) {
                ObjectInfo object = objects.next();
                String id = recordIdOf(object.key());
                if (current != null && !current.equals(id)) {
                    checkRecord(current, group, counters, problems);
                    group.clear();
                }
                current = id;
                group.add(object);
            }
            if (current != null) {
                checkRecord(current, group, counters, problems);
            }
        }
        AuditChainReport chains = audit.checkChains();
        chains.problems().forEach(p -> problems.add(new FixityProblem(null, p.key(), p.kind(), p.expected(), p.actual())));
        return new FixityReport(started, Instant.now(), counters.records, counters.objects, counters.bytes, chains.events(),
                chains.chains(), problems);
    }

    private void checkRecord(String id, List<ObjectInfo> keys, Counters counters, List<FixityProblem> problems) {
        counters.records++;
        Set<String> present = keys.stream().map(ObjectInfo::key).collect(Collectors.toSet());
        String recordJson = ArchiveLayout.recordJson(id);
        if (!present.contains(recordJson)) {
            keys.forEach(k -> problems.add(new FixityProblem(id, k.key(), FixityProblem.UNEXPECTED, null, null)));
            return;
        }
        DigitizedRecord record;
        try {
            record = json.readValue(store.read(recordJson), DigitizedRecord.class);
        } catch (JacksonException e) {
            problems.add(new FixityProblem(id, recordJson, FixityProblem.UNREADABLE, null, null));
            return;
        }
        Map<String, StoredObject> named = record.objects().values().stream()
                .collect(Collectors.toMap(StoredObject::key, o -> o, (a, b) -> a));
        for (StoredObject object : named.values()) {
            // A split record's original is shared, outside the record's prefix: ask for it directly.
            boolean exists = present.contains(object.key())
                    || (!object.key().startsWith(ArchiveLayout.recordPrefix(id)) && store.stat(object.key()).isPresent());
            checkObject(id, object, exists, counters, problems);
        }
        String reuse = ArchiveLayout.reusePrefix(id);
        present.stream().filter(k -> !k.equals(recordJson) && !named.containsKey(k) && !k.startsWith(reuse)).sorted()
                .forEach(k -> problems.add(new FixityProblem(id, k, FixityProblem.UNEXPECTED, null, null)));
    }

    private void checkObject(String id, StoredObject object, boolean listed, Counters counters, List<FixityProblem> problems) {
        if (!listed) {
            problems.add(new FixityProblem(id, object.key(), FixityProblem.MISSING, object.sha256(), null));
            return;
        }
        try {
            String actual = sha256(object.key(), counters);
            counters.objects++;
            if (!actual.equals(object.sha256())) {
                problems.add(new FixityProblem(id, object.key(), FixityProblem.CHANGED, object.sha256(), actual));
            }
        } catch (ObjectNotFoundException e) {
            problems.add(new FixityProblem(id, object.key(), FixityProblem.MISSING, object.sha256(), null));
        }
    }

    private String sha256(String key, Counters counters) {
        try (DigestInputStream in = new DigestInputStream(store.open(key), MessageDigest.getInstance("SHA-256"))) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                counters.bytes += n;
            }
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + key, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String recordIdOf(String key) {
        String rest = key.substring(ArchiveLayout.RECORDS.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private static final class Counters {
        long records;
        long objects;
        long bytes;
    }
}
