package vn.sohoa.operations.digitize;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Digitizing one batch on several hosts (docs/scale-out.md): the manager splits the batch into
 * partitions, worker processes ({@code sohoa worker}) run them against the shared PostgreSQL job
 * repository.
 *
 * @param partitions     partitions a batch is split into when {@code --partitions} is not given;
 *                       1 digitizes in this process, as on one machine
 * @param heartbeatEvery how often a worker running a partition says it is alive
 * @param workerTimeout  how long a started partition may go without a heartbeat before the
 *                       manager presumes its worker dead, fails it and sends it again (to whichever
 *                       worker is free); several times {@code heartbeatEvery}
 * @param pollEvery      how often the manager reads the partitions' state from the job repository
 * @param worker         this process is a {@code sohoa worker}: it takes partitions from the
 *                       channel, and leaves indexing to the host that serves searches (which
 *                       follows the bucket's change feed); nobody searches a worker's own index
 * @param warmUp         a worker digitizes a built-in page, in memory, before it takes partitions:
 *                       a self-test (no language data, no signing key: the worker does not start)
 *                       and the one-off costs of a new process (engines loaded, code compiled)
 *                       paid once per worker, not once per batch on every host at the same moment
 */
@ConfigurationProperties("sohoa.scale-out")
public record ScaleOutProperties(@DefaultValue("1") int partitions, @DefaultValue("5s") Duration heartbeatEvery,
                                 @DefaultValue("60s") Duration workerTimeout, @DefaultValue("1s") Duration pollEvery,
                                 @DefaultValue("false") boolean worker, @DefaultValue("true") boolean warmUp) {

    public ScaleOutProperties {
        if (partitions < 1) {
            throw new IllegalArgumentException("sohoa.scale-out.partitions must be at least 1, not " + partitions);
        }
        if (heartbeatEvery.isZero() || heartbeatEvery.isNegative() || workerTimeout.compareTo(heartbeatEvery.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("sohoa.scale-out: worker-timeout (" + workerTimeout
                    + ") must be at least twice heartbeat-every (" + heartbeatEvery + "), and heartbeat-every positive");
        }
    }
}
