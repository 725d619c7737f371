package vn.sohoa.services.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.sohoa.SampleScans;
import vn.sohoa.SohoaApplication;
import vn.sohoa.SohoaProcess;
import vn.sohoa.model.ArchiveLayout;
import vn.sohoa.operations.fixity.FixityReport;
import vn.sohoa.operations.jobs.JobOutcome;
import vn.sohoa.operations.jobs.JobRunner;
import vn.sohoa.storage.ObjectInfo;
import vn.sohoa.storage.ObjectStore;

/**
 * The audit trail as a hash chain, written at once by threads of this process (as {@code sohoa
 * serve} does) and by command lines run beside it, then checked by the fixity job: whole, then
 * with an event deleted, one changed, and the newest gone.
 */
@SpringBootTest(classes = SohoaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditChainIntegrationTests {

    private static final Path home = SampleScans.newTempDir("sohoa-audit-chain");

    @Autowired
    AuditTrail audit;
    @Autowired
    JobRunner jobs;
    @Autowired
    ObjectStore store;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("sohoa.home", () -> home.toString());
    }

    @Test
    @Order(1)
    void eventsWrittenByManyThreadsAndProcessesFormOneUnbrokenChain() throws Exception {
        // An event from before the chain existed: read, counted, not checked.
        store.put(ArchiveLayout.AUDIT + "2024/01/02/20240102T030405.000Z-old.json",
                "{\"id\":\"old\",\"at\":\"2024-01-02T03:04:05Z\",\"who\":\"lan\",\"action\":\"SEARCH\"}".getBytes(StandardCharsets.UTF_8),
                "application/json", Map.of());
        List<Process> commandLines = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            commandLines.add(SohoaProcess.start(home, home.resolve("search-" + i + ".log"), "search", "giay phep"));
        }
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<?>> writes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            writes.add(threads.submit(() -> audit.record(new Actor("lan", "127.0.0.1", "web"), AuditAction.VIEW, "r" + n, "record page")));
        }
        for (Future<?> write : writes) {
            write.get(1, TimeUnit.MINUTES);
        }
        threads.shutdown();
        for (int i = 0; i < commandLines.size(); i++) {
            assertThat(commandLines.get(i).waitFor(3, TimeUnit.MINUTES)).isTrue();
            assertThat(commandLines.get(i).exitValue()).as(Files.readString(home.resolve("search-" + i + ".log"))).isZero();
        }

        List<AuditEvent> events = events();
        assertThat(events).hasSize(42);
        assertThat(events).extracting(AuditEvent::chain).containsOnly(events.get(0).chain());
        assertThat(events).extracting(AuditEvent::seq).containsExactlyInAnyOrderElementsOf(
                java.util.stream.LongStream.rangeClosed(1, 42).boxed().toList());
        assertThat(events.stream().filter(e -> e.channel().equals("cli"))).hasSize(2);

        JobOutcome clean = jobs.run("fixity", Map.of());
        assertThat(clean.succeeded()).as(clean.summary()).isTrue();
        assertThat(clean.summary()).contains("audit trail: 43 events in 1 chains");
    }

    @Test
    @Order(2)
    void fixityReportsAnEventDeletedOneChangedAndTheNewestGone() throws Exception {
        List<ObjectInfo> chained = chainedObjects();
        String deleted = chained.get(5).key();
        String changed = chained.get(20).key();
        String newest = chained.get(chained.size() - 1).key();
        long deletedSeq = event(deleted).seq();
        long newestSeq = event(newest).seq();
        store.delete(deleted);
        String edited = new String(store.read(changed), StandardCharsets.UTF_8).replace("record page", "nothing to see");
        store.put(changed, edited.getBytes(StandardCharsets.UTF_8), "application/json", Map.of());
        store.delete(newest);

        JobOutcome tampered = jobs.run("fixity", Map.of());

        assertThat(tampered.succeeded()).isFalse();
        FixityReport report = new tools.jackson.databind.json.JsonMapper().readValue(store.read(tampered.reportKey()), FixityReport.class);
        String chain = event(changed).chain();
        assertThat(report.problems()).extracting(p -> p.kind() + " " + p.key()).containsExactlyInAnyOrder(
                "audit-missing " + chain + " #" + deletedSeq,
                "audit-changed " + changed,
                "audit-missing " + chain + " #" + newestSeq);
        String html = new String(store.read(tampered.reportKey().replace(".json", ".html")), StandardCharsets.UTF_8);
        assertThat(html).contains("Nhật ký truy cập: sự kiện bị sửa").contains("thiếu sự kiện");

        Path output = home.resolve("fixity.log");
        Process fixity = SohoaProcess.start(home, output, "run", "fixity");
        assertThat(fixity.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(fixity.exitValue()).as(Files.readString(output)).isEqualTo(1);
        assertThat(Files.readString(output)).contains("FOUND PROBLEMS").contains("3 problems");
    }

    private List<ObjectInfo> chainedObjects() {
        return store.list(ArchiveLayout.AUDIT).filter(o -> event(o.key()).chained())
                .sorted(java.util.Comparator.comparingLong(o -> event(o.key()).seq())).toList();
    }

    private List<AuditEvent> events() {
        return chainedObjects().stream().map(o -> event(o.key())).toList();
    }

    private AuditEvent event(String key) {
        return new tools.jackson.databind.json.JsonMapper().readValue(store.read(key), AuditEvent.class);
    }
}
