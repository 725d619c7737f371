package vn.sohoa.operations.digitize;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.Result;
import io.minio.messages.Item;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.sohoa.PostgresServer;
import vn.sohoa.SampleScans;
import vn.sohoa.ServeProcess;
import vn.sohoa.SohoaProcess;
import vn.sohoa.storage.EmbeddedS3Server;

/**
 * One batch digitized by a manager and two worker processes, as on three hosts: each its own JVM
 * and its own SOHOA_HOME, sharing only a real PostgreSQL server (job repository and request
 * channel) and one S3 endpoint (S3Proxy, served over HTTP from this JVM). One worker is killed
 * ({@code destroyForcibly}, i.e. SIGKILL) in the middle of its partition: the manager sends that
 * partition again after the worker timeout and the other worker finishes it. Real Tesseract.
 */
class RemotePartitioningIntegrationTests {

    private static final String BATCH = "nhieu-may";
    private static final String ACCESS_KEY = "scale-out-test";
    private static final String SECRET_KEY = "scale-out-test-secret-key";
    private static final int GENERATED_PAGES = 8;

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void aBatchSplitOverTwoWorkersCompletesWhenOneIsKilledWithOneOutcomePerFileAndOneRecordPerDocument() throws Exception {
        Path root = SampleScans.newTempDir("sohoa-scale-out");
        Path batch = Files.createDirectories(root.resolve(BATCH));
        SampleScans.copyTo(batch);
        generatePages(batch.resolve("sinh"));
        try (PostgresServer postgres = PostgresServer.start();
             EmbeddedS3Server s3 = EmbeddedS3Server.start(Files.createDirectories(root.resolve("s3")), ACCESS_KEY, SECRET_KEY)) {
            Map<String, String> shared = new HashMap<>(postgres.environment());
            shared.putAll(Map.of("SOHOA_S3_ENDPOINT", s3.endpoint(), "SOHOA_S3_ACCESS_KEY", ACCESS_KEY,
                    "SOHOA_S3_SECRET_KEY", SECRET_KEY, "SOHOA_SCALEOUT_HEARTBEATEVERY", "1s",
                    "SOHOA_SCALEOUT_WORKERTIMEOUT", "8s", "SOHOA_SCALEOUT_POLLEVERY", "1s"));
            List<Process> processes = new ArrayList<>();
            List<ServeProcess> closing = new ArrayList<>();
            try {
                Path out1 = root.resolve("worker-1.out");
                Path out2 = root.resolve("worker-2.out");
                Process worker1 = start(processes, root.resolve("home-w1"), out1, with(shared, "SOHOA_HOST", "worker-1"), "worker");
                Process worker2 = start(processes, root.resolve("home-w2"), out2, with(shared, "SOHOA_HOST", "worker-2"), "worker");
                awaitOutput(worker1, out1, "waiting for partitions");
                awaitOutput(worker2, out2, "waiting for partitions");
                // The server that answers searches, on a host of its own: it digitizes nothing, and
                // learns of the records from the bucket's change feed.
                Path searchHome = root.resolve("home-search");
                Map<String, String> searchEnv = with(with(shared, "SOHOA_HOST", "search"), "SOHOA_FEED_FOLLOW_EVERY", "1s");
                ServeProcess serve = ServeProcess.start(Files.createDirectories(searchHome), searchEnv);
                closing.add(serve);

                Path managerHome = root.resolve("home-manager");
                Path managerOut = root.resolve("manager.out");
                Map<String, String> managerEnv = with(shared, "SOHOA_HOST", "manager");
                Process manager = start(processes, managerHome, managerOut, managerEnv,
                        "run", "digitize", "--batch", batch.toString(), "--partitions", "2");

                // Killed once it has committed its first chunk (two files) and is digitizing the next:
                // the partition is resumed from that commit, the files in flight digitized again.
                awaitOutput(worker1, out1, "  3/");
                worker1.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

                assertThat(manager.waitFor(5, TimeUnit.MINUTES)).as("the manager ends").isTrue();
                String managerOutput = Files.readString(managerOut, StandardCharsets.UTF_8);
                assertThat(manager.exitValue()).as(managerOutput + "\nworker 2:\n" + Files.readString(out2)).isZero();

                JsonNode report = json(run(managerHome, root, managerEnv, "batch", BATCH, "--json"));
                List<String> files = new ArrayList<>();
                Set<String> hosts = new TreeSet<>();
                Map<String, String> recordOf = new HashMap<>();
                for (JsonNode file : report.get("files")) {
                    files.add(file.get("file").asString());
                    hosts.add(file.get("host").asString());
                    if ("archived".equals(file.get("outcome").asString())) {
                        recordOf.put(file.get("file").asString(), file.get("recordId").asString());
                    }
                }
                int expectedFiles = 7 + GENERATED_PAGES;
                assertThat(files).as("one line per file").doesNotHaveDuplicates().hasSize(expectedFiles);
                assertThat(report.get("counts").get("archived").asInt()).isEqualTo(5 + GENERATED_PAGES);
                assertThat(report.get("counts").get("duplicate").asInt()).isEqualTo(1);
                assertThat(report.get("counts").get("quarantined").asInt()).isEqualTo(1);
                assertThat(hosts).as("the killed worker committed a chunk, the other finished").containsExactly("worker-1", "worker-2");
                assertThat(new TreeSet<>(recordOf.values())).as("a record per archived document").hasSize(recordOf.size());

                try (Connection connection = postgres.connect(); Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE"
                             + " 'digitizePartition:%' AND STATUS = 'FAILED' AND EXIT_MESSAGE LIKE '%stopped sending heartbeats%'")) {
                    rows.next();
                    assertThat(rows.getInt(1)).as("the killed worker's partition, failed and sent again").isEqualTo(1);
                }

                MinioClient bucket = MinioClient.builder().endpoint(s3.endpoint()).credentials(ACCESS_KEY, SECRET_KEY).build();
                Set<String> recordJsons = new TreeSet<>();
                for (Result<Item> item : bucket.listObjects(ListObjectsArgs.builder().bucket("sohoa").prefix("records/").recursive(true).build())) {
                    String key = item.get().objectName();
                    if (key.endsWith("/record.json")) {
                        recordJsons.add(key.substring("records/".length(), key.length() - "/record.json".length()));
                    }
                }
                assertThat(recordJsons).as("records in the bucket").containsExactlyInAnyOrderElementsOf(new TreeSet<>(recordOf.values()));

                // The server indexed every record from the feed within seconds, whichever worker archived it.
                Set<String> followed = awaitSearchIds(searchHome, root, searchEnv, recordOf.size());
                assertThat(followed).containsExactlyInAnyOrderElementsOf(new TreeSet<>(recordOf.values()));
                // Indexing is the search server's: the workers' own indexes, searched by nobody, stay empty.
                assertThat(indexedRecords(root.resolve("home-w2"))).as("records in worker 2's own index").isZero();

                // The manager's host had no record in its index: rebuilt from the bucket, it finds the same.
                run(managerHome, root, managerEnv, "run", "reindex");
                JsonNode all = json(run(managerHome, root, managerEnv, "search", "*", "--limit", "100", "--json"));
                assertThat(all.get("total").asInt()).isEqualTo(recordOf.size());
                assertThat(new TreeSet<>(all.get("hits").findValuesAsString("id"))).isEqualTo(followed);
                JsonNode permit = json(run(managerHome, root, managerEnv, "search", "giấy phép xây dựng", "--json"));
                assertThat(permit.get("hits").findValuesAsString("id")).contains(recordOf.get("giay-phep-xay-dung.tif"));
                run(managerHome, root, managerEnv, "run", "fixity");
            } finally {
                processes.forEach(Process::destroyForcibly);
                for (ServeProcess serve : closing) {
                    serve.close();
                }
            }
        }
    }

    /**
     * The manager killed while its partitions run: the same command run again recovers the
     * execution (its process is gone), restarts the job, and the partitions that were not complete
     * are sent again; the batch completes with one outcome per file and one record per document.
     */
    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void aKilledManagerRunAgainResumesTheBatch() throws Exception {
        Path root = SampleScans.newTempDir("sohoa-scale-out-manager");
        Path batch = Files.createDirectories(root.resolve(BATCH));
        SampleScans.copyTo(batch);
        try (PostgresServer postgres = PostgresServer.start();
             EmbeddedS3Server s3 = EmbeddedS3Server.start(Files.createDirectories(root.resolve("s3")), ACCESS_KEY, SECRET_KEY)) {
            Map<String, String> shared = new HashMap<>(postgres.environment());
            shared.putAll(Map.of("SOHOA_S3_ENDPOINT", s3.endpoint(), "SOHOA_S3_ACCESS_KEY", ACCESS_KEY,
                    "SOHOA_S3_SECRET_KEY", SECRET_KEY, "SOHOA_SCALEOUT_HEARTBEATEVERY", "1s",
                    "SOHOA_SCALEOUT_WORKERTIMEOUT", "8s", "SOHOA_SCALEOUT_POLLEVERY", "1s"));
            List<Process> processes = new ArrayList<>();
            try {
                Path out = root.resolve("worker.out");
                Process worker = start(processes, root.resolve("home-w1"), out, with(shared, "SOHOA_HOST", "worker-1"), "worker");
                awaitOutput(worker, out, "waiting for partitions");
                Path managerHome = root.resolve("home-manager");
                Map<String, String> managerEnv = with(shared, "SOHOA_HOST", "manager");
                Process first = start(processes, managerHome, root.resolve("manager-1.out"), managerEnv,
                        "run", "digitize", "--batch", batch.toString(), "--partitions", "2");
                awaitOutput(worker, out, "  1/");
                first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

                String again = run(managerHome, root, managerEnv, "run", "digitize", "--batch", batch.toString(), "--partitions", "2");
                assertThat(again).contains("was left running by a process that died").doesNotContain("unchanged since");

                JsonNode report = json(run(managerHome, root, managerEnv, "batch", BATCH, "--json"));
                List<String> files = new ArrayList<>();
                Set<String> records = new TreeSet<>();
                for (JsonNode file : report.get("files")) {
                    files.add(file.get("file").asString());
                    if ("archived".equals(file.get("outcome").asString())) {
                        records.add(file.get("recordId").asString());
                    }
                }
                assertThat(files).doesNotHaveDuplicates().hasSize(7);
                assertThat(report.get("counts").get("archived").asInt()).isEqualTo(5).isEqualTo(records.size());
                assertThat(report.get("status").asString()).isEqualToIgnoringCase("completed");
            } finally {
                processes.forEach(Process::destroyForcibly);
            }
        }
    }

    /**
     * The database restarted in the middle of a batch: the manager keeps polling through the
     * outage, a worker whose commit failed stops sending heartbeats and its partition is sent
     * again; should the manager still fail (outage longer than the worker timeout), running the
     * command again completes the batch. Either way: one outcome per file.
     */
    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void aDatabaseRestartedMidBatchEndsInACompletedBatch() throws Exception {
        Path root = SampleScans.newTempDir("sohoa-scale-out-db");
        Path batch = Files.createDirectories(root.resolve(BATCH));
        SampleScans.copyTo(batch);
        try (PostgresServer postgres = PostgresServer.start();
             EmbeddedS3Server s3 = EmbeddedS3Server.start(Files.createDirectories(root.resolve("s3")), ACCESS_KEY, SECRET_KEY)) {
            Map<String, String> shared = new HashMap<>(postgres.environment());
            shared.putAll(Map.of("SOHOA_S3_ENDPOINT", s3.endpoint(), "SOHOA_S3_ACCESS_KEY", ACCESS_KEY,
                    "SOHOA_S3_SECRET_KEY", SECRET_KEY, "SOHOA_SCALEOUT_HEARTBEATEVERY", "1s",
                    "SOHOA_SCALEOUT_WORKERTIMEOUT", "8s", "SOHOA_SCALEOUT_POLLEVERY", "1s"));
            List<Process> processes = new ArrayList<>();
            try {
                Path out = root.resolve("worker.out");
                Process worker = start(processes, root.resolve("home-w1"), out, with(shared, "SOHOA_HOST", "worker-1"), "worker");
                awaitOutput(worker, out, "waiting for partitions");
                Path managerHome = root.resolve("home-manager");
                Map<String, String> managerEnv = with(shared, "SOHOA_HOST", "manager");
                Path managerOut = root.resolve("manager-1.out");
                Process manager = start(processes, managerHome, managerOut, managerEnv,
                        "run", "digitize", "--batch", batch.toString(), "--partitions", "2");
                awaitOutput(worker, out, "  1/");
                postgres.stop();
                Thread.sleep(3000);
                postgres.startAgain();

                assertThat(manager.waitFor(4, TimeUnit.MINUTES)).as("the manager ends").isTrue();
                if (manager.exitValue() != 0) {
                    assertThat(Files.readString(managerOut)).as("a clean failure, to be resumed").contains("Run the same command again to resume it");
                    run(managerHome, root, managerEnv, "run", "digitize", "--batch", batch.toString(), "--partitions", "2");
                }
                JsonNode report = json(run(managerHome, root, managerEnv, "batch", BATCH, "--json"));
                List<String> files = new ArrayList<>();
                for (JsonNode file : report.get("files")) {
                    files.add(file.get("file").asString());
                }
                assertThat(files).doesNotHaveDuplicates().hasSize(7);
                assertThat(report.get("counts").get("archived").asInt()).isEqualTo(5);
                assertThat(report.get("status").asString()).isEqualToIgnoringCase("completed");
            } finally {
                processes.forEach(Process::destroyForcibly);
            }
        }
    }

    /** Distinct one-page scans: a sample page with one pixel changed, so that each is its own content. */
    private static void generatePages(Path dir) throws Exception {
        Files.createDirectories(dir);
        BufferedImage page = ImageIO.read(SampleScans.DIR.resolve("thong-bao.png").toFile());
        for (int i = 0; i < GENERATED_PAGES; i++) {
            BufferedImage copy = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            copy.getGraphics().drawImage(page, 0, 0, null);
            copy.getRaster().setSample(i, 0, 0, 17);
            ImageIO.write(copy, "png", dir.resolve(String.format("trang-%02d.png", i + 1)).toFile());
        }
    }

    private static Map<String, String> with(Map<String, String> environment, String key, String value) {
        Map<String, String> copy = new HashMap<>(environment);
        copy.put(key, value);
        return copy;
    }

    private static Process start(List<Process> processes, Path home, Path output, Map<String, String> environment, String... args)
            throws Exception {
        Files.createDirectories(home);
        Process process = SohoaProcess.start(home, output, environment, args);
        processes.add(process);
        return process;
    }

    /** Runs a command to its end on {@code home} and returns its output; it must succeed. */
    private static String run(Path home, Path root, Map<String, String> environment, String... args) throws Exception {
        Path output = Files.createTempFile(root, "command", ".out");
        Process process = SohoaProcess.start(home, output, environment, args);
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as(String.join(" ", args) + " ends").isTrue();
        String text = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(String.join(" ", args) + ":\n" + text).isZero();
        return text;
    }

    /** Documents in the Lucene index of {@code home}, read without its writer's lock (0 when it has no commit). */
    private static int indexedRecords(Path home) throws IOException {
        try (Directory directory = FSDirectory.open(home.resolve("index"))) {
            if (!DirectoryReader.indexExists(directory)) {
                return 0;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return reader.numDocs();
            }
        }
    }

    /** The ids the index of {@code home} finds for {@code *}, once it holds {@code expected} records (within a minute). */
    private static Set<String> awaitSearchIds(Path home, Path root, Map<String, String> environment, int expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (true) {
            JsonNode found = json(run(home, root, environment, "search", "*", "--limit", "100", "--json"));
            if (found.get("total").asInt() >= expected || System.nanoTime() > deadline) {
                return new TreeSet<>(found.get("hits").findValuesAsString("id"));
            }
            Thread.sleep(1000);
        }
    }

    private static JsonNode json(String output) {
        return JsonMapper.builder().build().readTree(output.substring(output.indexOf('{')));
    }

    private static void awaitOutput(Process process, Path output, String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!Files.readString(output, StandardCharsets.UTF_8).contains(text)) {
            assertThat(System.nanoTime()).as("'" + text + "' within 2 minutes in:\n" + Files.readString(output)).isLessThan(deadline);
            assertThat(process.isAlive()).as("process still running, output:\n" + Files.readString(output)).isTrue();
            Thread.sleep(200);
        }
    }
}
