package vn.sohoa.operations.digitize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An operating-system lock on a file under {@code SOHOA_HOME/locks}, held while a batch is
 * digitized. The OS releases it when the process dies, even by {@code kill -9}; so a process that
 * holds it knows that any execution the job repository still marks as running is a leftover of a
 * dead process, safe to mark failed and restart.
 */
final class BatchRunLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private BatchRunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or null when another process holds it. */
    static BatchRunLock tryAcquire(Path locksDir, String batchName) {
        try {
            Files.createDirectories(locksDir);
            FileChannel channel = FileChannel.open(locksDir.resolve("digitize-" + batchName + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this very process (the scheduler and a request at once)
            }
            if (lock == null) {
                channel.close();
                return null;
            }
            return new BatchRunLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a lock under " + locksDir, e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // Closing the channel releases the lock in any case.
        }
    }
}
