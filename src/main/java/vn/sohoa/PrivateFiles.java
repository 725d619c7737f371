package vn.sohoa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Local state that only its owner may read: folders {@code rwx------}, files {@code rw-------}.
 * Secrets Sohoa generates for itself (the embedded S3 server's keys, the job repository's
 * password, the audit chain's head) are created here, once, even when two processes start at
 * the same moment: the first to link its file into place wins and the other reads it.
 */
public final class PrivateFiles {

    public static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    public static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    /**
     * Creates {@code folder} (and missing parents) readable by its owner only, or takes group and
     * other permissions away from an existing one.
     *
     * @return true when an existing folder was open to others and has been closed
     */
    public static boolean privateFolder(Path folder) {
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder);
                setPermissions(folder, OWNER_ONLY_FOLDER);
                return false;
            }
            Set<PosixFilePermission> permissions = permissions(folder);
            if (permissions == null || OWNER_ONLY_FOLDER.containsAll(permissions)) {
                return false;
            }
            permissions.retainAll(OWNER_ONLY_FOLDER);
            Files.setPosixFilePermissions(folder, permissions);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make " + folder + " private to its owner", e);
        }
    }

    /**
     * The text of {@code file}; when there is no such file, {@code content} is written into a new
     * owner-only file first. Concurrent callers all get the text of the one file that won.
     *
     * @throws UnsafeFileException when the file exists and others may read or write it
     */
    public static String readOrCreate(Path file, Supplier<String> content) {
        try {
            if (!Files.exists(file)) {
                create(file, content.get());
            }
            Set<PosixFilePermission> permissions = permissions(file);
            if (permissions != null && !OWNER_ONLY_FILE.containsAll(permissions)) {
                throw new UnsafeFileException(file, PosixFilePermissions.toString(permissions));
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create " + file, e);
        }
    }

    /** Writes a private temporary file beside {@code file}, then links it into place unless another process was first. */
    private static void create(Path file, String content) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        privateFolder(parent);
        Path temporary = parent.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(temporary);
        }
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException lost) {
            // Another process created it first: theirs is the one everybody uses.
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Set<PosixFilePermission> permissions(Path path) throws IOException {
        return Files.getFileAttributeView(path, PosixFileAttributeView.class) == null ? null : Files.getPosixFilePermissions(path);
    }

    private static void setPermissions(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (Files.getFileAttributeView(path, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }
}
