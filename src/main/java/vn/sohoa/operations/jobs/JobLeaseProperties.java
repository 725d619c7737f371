package vn.sohoa.operations.jobs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Leases that keep a job from running twice at once across processes ({@link JobLeases}).
 *
 * @param renewEvery  how often a running job renews its lease
 * @param expireAfter how long a lease of another host lasts without renewal before it is presumed
 *                    dead and taken over; several times {@code renewEvery}, longer than the worst
 *                    pause of a process (GC, storage outage) and the hosts' clock difference
 */
@ConfigurationProperties("sohoa.jobs.lease")
public record JobLeaseProperties(@DefaultValue("20s") Duration renewEvery, @DefaultValue("2m") Duration expireAfter) {

    public JobLeaseProperties {
        if (renewEvery.isZero() || renewEvery.isNegative() || expireAfter.compareTo(renewEvery.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("sohoa.jobs.lease: expire-after (" + expireAfter
                    + ") must be at least twice renew-every (" + renewEvery + "), and renew-every positive");
        }
    }
}
