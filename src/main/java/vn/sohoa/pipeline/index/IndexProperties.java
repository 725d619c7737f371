package vn.sohoa.pipeline.index;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param lockWait      how long a write waits for another Sohoa process (a digitize job while
 *                      {@code serve} records a reuse) to release the index's write lock
 * @param searchTimeout how long one search may take before it is stopped and refused
 */
@ConfigurationProperties("sohoa.index")
public record IndexProperties(@DefaultValue("30s") Duration lockWait, @DefaultValue("3s") Duration searchTimeout) {
}
