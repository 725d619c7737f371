package vn.sohoa.pipeline.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class RasterMemoryTests {

    private final RasterMemory memory = RasterMemory.ofBytes(10L << 20);

    @Test
    void leasesShareTheBudgetAndComeBackWhenClosed() {
        RasterMemory.Lease six = memory.tryAcquire(6L << 20);
        assertThat(six).isNotNull();
        assertThat(memory.tryAcquire(6L << 20)).as("over what is left").isNull();
        six.close();
        six.close(); // closing twice gives back once
        assertThat(memory.tryAcquire(10L << 20)).isNotNull();
        assertThat(memory.tryAcquire(1)).isNull();
    }

    /** A page larger than the whole budget is not refused: it waits for all of it. */
    @Test
    void aLeaseLargerThanTheBudgetHoldsAllOfIt() throws InterruptedException {
        try (RasterMemory.Lease all = memory.acquire(1L << 40)) {
            assertThat(memory.tryAcquire(1)).isNull();
        }
        assertThat(memory.tryAcquire(memory.bytes())).isNotNull();
    }

    /** A page waiting for the whole budget is not overtaken by pages that keep taking what comes free. */
    @Test
    void aWaitForTheWholeBudgetIsNotOvertaken() throws Exception {
        RasterMemory.Lease held = memory.tryAcquire(4L << 20);
        CompletableFuture<RasterMemory.Lease> all = CompletableFuture.supplyAsync(() -> {
            try {
                return memory.acquireAll();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        for (RasterMemory.Lease small = memory.tryAcquire(0); small != null; small = memory.tryAcquire(0)) {
            small.close(); // until the waiter is queued, small leases still come
            Thread.onSpinWait();
        }
        assertThat(memory.tryAcquire(1)).as("queued behind the whole-budget wait").isNull();
        held.close();
        all.get(30, TimeUnit.SECONDS).close();
    }
}
