package vn.sohoa.operations.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobDefinitionLoaderTests {

    private final JobDefinitionLoader loader = new JobDefinitionLoader(Set.of("digitize-inbox", "fixity", "reindex", "prune-feed"));

    @TempDir
    Path dir;

    @Test
    void theProjectsOwnJobFilesAreValid() {
        JobDefinitionLoader.Result result = loader.load(Path.of("jobs"));
        assertThat(result.problems()).isEmpty();
        assertThat(result.definitions()).extracting(JobDefinition::name).contains("nightly-digitize", "weekly-fixity", "prune-feed");
    }

    @Test
    void readsADefinitionWithDefaults() throws IOException {
        write("nightly.yml", "job: digitize-inbox\ncron: \"0 0 1 * * *\"\nparameters:\n  note: x\n");

        JobDefinition job = loader.load(dir).definitions().get(0);

        assertThat(job.name()).isEqualTo("nightly");
        assertThat(job.zone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(job.enabled()).isTrue();
        assertThat(job.parameters()).containsEntry("note", "x");
        ZonedDateTime next = job.cron().next(ZonedDateTime.of(2026, 11, 28, 12, 0, 0, 0, job.zone()));
        assertThat(next).isEqualTo(ZonedDateTime.of(2026, 11, 29, 1, 0, 0, 0, job.zone()));
    }

    @Test
    void eachBadFileIsReportedWithLineAndReasonWithoutStoppingTheOthers() throws IOException {
        write("a-good.yml", "job: fixity\ncron: \"0 0 3 * * SUN\"\n");
        write("b-cron.yml", "job: fixity\n\ncron: \"every night\"\n");
        write("c-job.yml", "job: coffee\ncron: \"0 0 3 * * *\"\n");
        write("d-zone.yml", "job: fixity\ncron: \"0 0 3 * * *\"\nzone: Mars/Olympus\n");
        write("e-key.yml", "job: fixity\ncron: \"0 0 3 * * *\"\nenable: true\n");
        write("f-yaml.yml", "job: [fixity\n");
        write("g-missing.yml", "job: fixity\n");

        JobDefinitionLoader.Result result = loader.load(dir);

        assertThat(result.definitions()).extracting(JobDefinition::name).containsExactly("a-good");
        assertThat(result.problems()).extracting(p -> p.file().getFileName() + ":" + p.line()).containsExactly(
                "b-cron.yml:3", "c-job.yml:1", "d-zone.yml:3", "e-key.yml:3", "f-yaml.yml:2", "g-missing.yml:1");
        assertThat(result.problems().get(0).reason()).contains("invalid cron 'every night'");
        assertThat(result.problems().get(1).reason()).contains("unknown job 'coffee'");
        assertThat(result.problems().get(2).reason()).contains("Mars/Olympus");
        assertThat(result.problems().get(3).reason()).contains("unknown key 'enable'");
        assertThat(result.problems().get(5).reason()).contains("missing required key 'cron'");
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content);
    }
}
