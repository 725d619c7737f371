package vn.sohoa.operations.digitize;

import java.nio.file.Path;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The parameters of one digitize run. The batch name, folder and content fingerprint identify
 * the job instance: running an unchanged batch again finds the completed instance, a failed or
 * killed run of it is restarted from its last commit, and a changed batch is a new instance.
 * {@code rerun} forces a new instance of an unchanged batch.
 */
public record DigitizeParameters(String batchName, Path batchDir, String fingerprint, Long rerun) {

    static final String BATCH_NAME = "batch.name";
    static final String BATCH_DIR = "batch.dir";
    static final String FINGERPRINT = "batch.fingerprint";
    static final String RERUN = "rerun";

    public JobParameters toJobParameters() {
        JobParametersBuilder builder = new JobParametersBuilder()
                .addString(BATCH_NAME, batchName)
                .addString(BATCH_DIR, batchDir.toAbsolutePath().normalize().toString())
                .addString(FINGERPRINT, fingerprint);
        if (rerun != null) {
            builder.addLong(RERUN, rerun);
        }
        return builder.toJobParameters();
    }

    public static String batchName(JobParameters parameters) {
        return parameters.getString(BATCH_NAME);
    }

    public static Path batchDir(JobParameters parameters) {
        return Path.of(parameters.getString(BATCH_DIR));
    }
}
