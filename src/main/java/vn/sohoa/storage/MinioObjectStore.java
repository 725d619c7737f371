package vn.sohoa.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.UploadObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.ServerException;
import io.minio.messages.Item;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;

/**
 * {@link ObjectStore} over the MinIO Java client: the one code path for the embedded S3 server
 * and a real MinIO/S3 cluster. Transient failures (I/O, 5xx, throttling) are retried with
 * exponential backoff; what still fails becomes a {@link StorageUnavailableException}.
 */
public final class MinioObjectStore implements ObjectStore {

    private static final Logger log = LoggerFactory.getLogger(MinioObjectStore.class);
    private static final Set<String> NOT_FOUND = Set.of("NoSuchKey", "NoSuchObject");
    private static final Set<String> TRANSIENT = Set.of("SlowDown", "InternalError", "ServiceUnavailable",
            "RequestTimeout", "OperationAborted");

    private final MinioClient client;
    private final String bucket;
    private final String endpoint;
    private final RetryTemplate retry;

    public MinioObjectStore(MinioClient client, String bucket, String endpoint, int maxAttempts) {
        this.client = client;
        this.bucket = bucket;
        this.endpoint = endpoint;
        this.retry = new RetryTemplate(RetryPolicy.builder()
                .maxRetries(Math.max(0, maxAttempts - 1))
                .delay(Duration.ofMillis(500)).multiplier(2).maxDelay(Duration.ofSeconds(8))
                .predicate(MinioObjectStore::isTransient)
                .build());
    }

    /** Creates the bucket when it is missing; called once at start-up. */
    public void ensureBucket() {
        call("create bucket", null, () -> {
            if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                try {
                    client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
                    log.info("Created bucket {} at {}", bucket, endpoint);
                } catch (io.minio.errors.ErrorResponseException e) {
                    // Hosts sharing the bucket start at the same moment: another one created it first.
                    if (!"BucketAlreadyOwnedByYou".equals(e.errorResponse().code())) {
                        throw e;
                    }
                }
            }
            return null;
        });
    }

    @Override
    public void put(String key, byte[] bytes, String contentType, Map<String, String> userMetadata) {
        call("write", key, () -> client.putObject(PutObjectArgs.builder().bucket(bucket).object(key)
                .stream(new java.io.ByteArrayInputStream(bytes), bytes.length, -1)
                .contentType(contentType).userMetadata(encode(userMetadata)).build()));
    }

    @Override
    public void putFile(String key, Path file, String contentType, Map<String, String> userMetadata) {
        call("upload", key, () -> client.uploadObject(UploadObjectArgs.builder().bucket(bucket).object(key)
                .filename(file.toString()).contentType(contentType).userMetadata(encode(userMetadata)).build()));
    }

    @Override
    public Optional<ObjectInfo> stat(String key) {
        try {
            StatObjectResponse s = call("stat", key,
                    () -> client.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build()));
            return Optional.of(new ObjectInfo(key, s.size(), s.contentType(), decode(s.userMetadata())));
        } catch (ObjectNotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public InputStream open(String key) {
        return call("read", key, () -> client.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build()));
    }

    @Override
    public byte[] read(String key) {
        return call("read", key, () -> {
            try (InputStream in = client.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build())) {
                return in.readAllBytes();
            }
        });
    }

    @Override
    public Stream<ObjectInfo> list(String prefix) {
        return listAfter(prefix, null);
    }

    @Override
    public Stream<ObjectInfo> listAfter(String prefix, String startAfter) {
        ListObjectsArgs.Builder args = ListObjectsArgs.builder().bucket(bucket).prefix(prefix).recursive(true);
        if (startAfter != null && !startAfter.isEmpty()) {
            args.startAfter(startAfter);
        }
        Iterable<Result<Item>> results = client.listObjects(args.build());
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(results.iterator(), Spliterator.ORDERED), false)
                .map(r -> call("list", prefix, r::get))
                .filter(item -> !item.isDir())
                .map(item -> new ObjectInfo(item.objectName(), item.size(), null, Map.of()));
    }

    @Override
    public void delete(String key) {
        call("delete", key, () -> {
            client.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key).build());
            return null;
        });
    }

    @Override
    public String describe() {
        return endpoint + "/" + bucket;
    }

    private <T> T call(String action, String key, StorageCall<T> body) {
        try {
            return retry.execute(body::run);
        } catch (RetryException e) {
            throw translate(action, key, e.getLastException() != null ? e.getLastException() : e.getCause());
        }
    }

    private StorageException translate(String action, String key, Throwable failure) {
        if (failure instanceof StorageException se) {
            return se;
        }
        if (failure instanceof ErrorResponseException ere && NOT_FOUND.contains(ere.errorResponse().code())) {
            return new ObjectNotFoundException(key);
        }
        if (isTransient(failure)) {
            return new StorageUnavailableException("Object storage at " + endpoint + " did not answer to " + action
                    + ": " + failure.getMessage(), key, failure);
        }
        return new StorageException("Object storage refused to " + action + ": " + failure, key, failure);
    }

    private static boolean isTransient(Throwable t) {
        if (t instanceof IOException || t instanceof UncheckedIOException || t instanceof ServerException) {
            return true;
        }
        return t instanceof ErrorResponseException ere && TRANSIENT.contains(ere.errorResponse().code());
    }

    // HTTP headers carry ASCII only; Vietnamese values are percent-encoded on the way in and out.
    private static Map<String, String> encode(Map<String, String> metadata) {
        Map<String, String> out = new LinkedHashMap<>();
        metadata.forEach((k, v) -> out.put(k, URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return out;
    }

    private static Map<String, String> decode(Map<String, String> metadata) {
        Map<String, String> out = new LinkedHashMap<>();
        metadata.forEach((k, v) -> out.put(k.toLowerCase(), URLDecoder.decode(v, StandardCharsets.UTF_8)));
        return out;
    }

    @FunctionalInterface
    private interface StorageCall<T> {
        T run() throws Exception;
    }
}
