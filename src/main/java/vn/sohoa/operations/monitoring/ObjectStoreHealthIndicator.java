package vn.sohoa.operations.monitoring;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import vn.sohoa.storage.ObjectStore;
import vn.sohoa.storage.StorageException;

/** {@code objectStore} health (named after the bean, less the suffix): the bucket answers a listing. */
@Component
public class ObjectStoreHealthIndicator implements HealthIndicator {

    private final ObjectStore store;

    public ObjectStoreHealthIndicator(ObjectStore store) {
        this.store = store;
    }

    @Override
    public Health health() {
        try {
            store.list("batches/").findFirst();
            return Health.up().withDetail("store", store.describe()).build();
        } catch (StorageException e) {
            return Health.down().withDetail("store", store.describe()).withDetail("error", e.getMessage()).build();
        }
    }
}
