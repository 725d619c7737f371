package vn.sohoa.faces.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;

import vn.sohoa.operations.digitize.RemoteDigitizeConfiguration;
import vn.sohoa.operations.report.BatchState;

/**
 * {@code sohoa worker}: digitizes the partitions that {@code sohoa run digitize --partitions N}
 * sends, one at a time, until stopped (Ctrl-C). Needs the shared PostgreSQL job repository
 * ({@code SOHOA_DB_URL}) and the shared bucket ({@code SOHOA_S3_ENDPOINT}).
 */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Digitize the partitions of batches split by 'run digitize --partitions N', until stopped (Ctrl-C).",
                "Needs the shared PostgreSQL job repository (SOHOA_DB_URL) and bucket (SOHOA_S3_ENDPOINT);",
                "the batch folders must be at the same path on every host. SOHOA_HOST names this worker in reports."})
final class WorkerCommand implements Callable<Integer> {

    @Override
    public Integer call() throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        ConfigurableApplicationContext context = SohoaContext.startWorker();
        if (context.getBeanNamesForType(RemoteDigitizeConfiguration.class).length == 0) {
            context.close();
            System.err.println("error: a worker needs the shared PostgreSQL job repository: set SOHOA_DB_URL=jdbc:postgresql://HOST/DB"
                    + " (and SOHOA_DB_USER, SOHOA_DB_PASSWORD)");
            return ExitCodes.USAGE;
        }
        context.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> closed.countDown());
        Runtime.getRuntime().addShutdownHook(new Thread(context::close, "worker-shutdown"));
        System.out.printf("Sohoa worker %s (pid %d) is waiting for partitions; Ctrl-C stops it.%n",
                BatchState.currentHost(), ProcessHandle.current().pid());
        System.out.flush();
        closed.await();
        return ExitCodes.OK;
    }
}
