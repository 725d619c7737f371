package vn.sohoa.services.audit;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

import vn.sohoa.PrivateFiles;
import vn.sohoa.RandomSecrets;

/**
 * The hash chain that makes the audit trail tamper-evident: every event an installation writes
 * names its chain, its place in it ({@code seq}: 1, 2, 3 … without gaps) and the SHA-256 of the
 * stored bytes of the event before it ({@code prev}). Changing an event breaks the link from the
 * next one; deleting one leaves a gap in the numbers; deleting the newest ones leaves the chain
 * shorter than its head, which this installation keeps outside the bucket.
 *
 * <p><b>One chain per installation, one writer at a time.</b> Several threads of {@code sohoa serve}
 * and every command line run beside it write events. They take turns: a lock in this JVM, then an
 * operating-system lock on {@code SOHOA_HOME/audit-chain/lock} between processes; the holder reads
 * the head ({@code SOHOA_HOME/audit-chain/head}: chain, last seq, last hash), stores its event and
 * moves the head on. So the numbers have no gaps and no two events share one, without conditional
 * writes in the object store (which S3Proxy and older S3 servers lack). The price is that events
 * are stored one after the other: a few milliseconds each. Hosts that share a bucket (PostgreSQL
 * setups) each have their own chain, named in every event.
 *
 * <p>An event is stored before the head moves: a process killed between the two leaves an event
 * the head does not know, and the next event takes the same number; the check reports that as a
 * fork, to be read with the log of the crash.
 */
final class AuditChain {

    /** Where an event goes in the chain. */
    record Link(String chain, long seq, String prev) {
    }

    /** The head: the chain's name and its last event. */
    record Head(String chain, long seq, String hash) {
    }

    /** The folder under SOHOA_HOME holding {@code head} and {@code lock}. */
    static final String FOLDER = "audit-chain";

    /** File locks belong to the whole JVM: threads (and contexts on the same home) take turns here first. */
    private static final ConcurrentMap<Path, Object> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final Path head;
    private final Path lock;

    AuditChain(Path folder) {
        this.head = folder.resolve("head");
        this.lock = folder.resolve("lock");
    }

    /**
     * Stores one event as the next link: {@code store} builds the event for the link it is given,
     * stores it and returns the bytes stored, whose hash becomes the head. Returns what {@code store} returned.
     */
    <T> T append(Function<Link, Stored<T>> store) {
        synchronized (IN_THIS_JVM.computeIfAbsent(lock.toAbsolutePath().normalize(), p -> new Object())) {
            PrivateFiles.privateFolder(lock.getParent());
            try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock held = channel.lock()) {
                Head last = readHead().orElseGet(() -> new Head(RandomSecrets.letters(12), 0, ""));
                Stored<T> stored = store.apply(new Link(last.chain(), last.seq() + 1, last.hash()));
                writeHead(new Head(last.chain(), last.seq() + 1, sha256(stored.bytes())));
                return stored.value();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot take the audit chain's lock " + lock, e);
            }
        }
    }

    /** What a write stored: its bytes (hashed into the chain) and what to give back. */
    record Stored<T>(T value, byte[] bytes) {
    }

    /** The head as it is now, or empty before this installation's first event. */
    Optional<Head> readHead() {
        if (!Files.exists(head)) {
            return Optional.empty();
        }
        Properties values = new Properties();
        try {
            values.load(new StringReader(Files.readString(head, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit chain's head " + head, e);
        }
        return Optional.of(new Head(values.getProperty("chain"), Long.parseLong(values.getProperty("seq", "0")),
                values.getProperty("hash", "")));
    }

    private void writeHead(Head value) throws IOException {
        Properties values = new Properties();
        values.setProperty("chain", value.chain());
        values.setProperty("seq", Long.toString(value.seq()));
        values.setProperty("hash", value.hash());
        StringWriter text = new StringWriter();
        values.store(text, "The last event of this installation's audit chain (checked by sohoa run fixity)");
        Path temporary = head.resolveSibling(".head.tmp");
        Files.writeString(temporary, text.toString(), StandardCharsets.UTF_8);
        Files.move(temporary, head, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
