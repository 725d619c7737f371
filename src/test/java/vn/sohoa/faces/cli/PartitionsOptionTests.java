package vn.sohoa.faces.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.support.ResourceBundleMessageSource;

import vn.sohoa.SampleScans;
import vn.sohoa.operations.digitize.PartitionsUnavailableException;

/**
 * {@code run digitize --partitions N} on a machine without the shared PostgreSQL job repository
 * (here the embedded H2 file, the default): refused before anything is digitized, with the exit
 * code of a refusal and a message that names the option; the same refusal in people's words from
 * both message bundles (web and API).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartitionsOptionTests {

    private Path batch;

    @BeforeAll
    void home() {
        System.setProperty("sohoa.home", SampleScans.newTempDir("sohoa-cli-partitions").toString());
        batch = SampleScans.copyTo(SampleScans.newTempDir("cli-partitions"));
    }

    @AfterAll
    void clearHome() {
        System.clearProperty("sohoa.home");
    }

    @Test
    void severalPartitionsWithoutPostgresqlAreRefusedNamingTheOption() {
        CommandRun run = CommandRun.of("run", "digitize", "--batch", batch.toString(), "--name", "cli-partitions", "--partitions", "2");
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.REFUSED).isEqualTo(4);
        assertThat(run.err()).contains("--partitions 2").contains("PostgreSQL").contains("SOHOA_DB_URL");
        assertThat(run.out()).as("nothing digitized").doesNotContain("archived");

        CommandRun none = CommandRun.of("run", "digitize", "--batch", batch.toString(), "--name", "cli-partitions", "--partitions", "0");
        assertThat(none.code()).as(none.err()).isEqualTo(ExitCodes.REFUSED);
        assertThat(none.err()).contains("--partitions 0").contains("at least 1");
    }

    @Test
    void theRefusalIsInBothBundles() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasename("messages");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        PartitionsUnavailableException refusal =
                new PartitionsUnavailableException(PartitionsUnavailableException.Reason.NO_POSTGRESQL, "--partitions 3");
        String vi = bundles.getMessage(refusal.messageKey(), refusal.messageArguments(), Locale.forLanguageTag("vi"));
        String en = bundles.getMessage(refusal.messageKey(), refusal.messageArguments(), Locale.ENGLISH);
        assertThat(vi).startsWith("--partitions 3:").contains("PostgreSQL").contains("chia lô");
        assertThat(en).startsWith("--partitions 3:").contains("PostgreSQL").contains("several machines");
        PartitionsUnavailableException count = new PartitionsUnavailableException(PartitionsUnavailableException.Reason.COUNT, "--partitions 0");
        assertThat(bundles.getMessage(count.messageKey(), count.messageArguments(), Locale.forLanguageTag("vi"))).contains("từ 1 trở lên");
        assertThat(bundles.getMessage(count.messageKey(), count.messageArguments(), Locale.ENGLISH)).contains("at least 1");
    }
}
