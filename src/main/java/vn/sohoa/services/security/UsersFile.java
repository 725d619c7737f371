package vn.sohoa.services.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import vn.sohoa.SohoaProperties;

/**
 * The users file ({@code SOHOA_HOME/users.json} unless {@code sohoa.security.users-file} says
 * otherwise): every account with its bcrypt hash. Written whole to a private temporary file and
 * renamed over the old one, so a reader never sees half a file; created and kept with
 * permissions 600. A file that others may read or write is refused (see {@link UnsafeUsersFileException}).
 * Reads are cached until the file changes, so {@code sohoa user disable} takes effect at the next sign-in.
 */
@Component
public class UsersFile {

    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /** What the file holds. */
    record Content(List<UserAccount> users) {
    }

    private record Snapshot(FileTime modified, long size, List<UserAccount> users) {
    }

    private final Path file;
    private final JsonMapper json;
    private Snapshot cached;

    public UsersFile(SecuritySettings settings, SohoaProperties sohoa, JsonMapper json) {
        // An empty environment variable means "the default", not the current folder.
        boolean configured = settings.usersFile() != null && !settings.usersFile().toString().isBlank();
        this.file = configured ? settings.usersFile().toAbsolutePath().normalize() : sohoa.dir("users.json");
        this.json = json;
    }

    public Path path() {
        return file;
    }

    public boolean exists() {
        return Files.exists(file);
    }

    /** Every account, by name; empty when the file does not exist yet. */
    public synchronized List<UserAccount> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            checkPermissions();
            FileTime modified = Files.getLastModifiedTime(file);
            long size = Files.size(file);
            if (cached == null || !cached.modified().equals(modified) || cached.size() != size) {
                Content content = json.readValue(Files.readAllBytes(file), Content.class);
                cached = new Snapshot(modified, size, content.users() == null ? List.of() : List.copyOf(content.users()));
            }
            return cached.users();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the users file " + file, e);
        }
    }

    /** Replaces the whole file with these accounts (sorted by name), atomically, owner-only. */
    public synchronized void write(List<UserAccount> users) {
        List<UserAccount> sorted = users.stream().sorted(Comparator.comparing(UserAccount::name)).toList();
        Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(temporary);
            // Created private from the start: there is no moment at which the hashes are readable by others.
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.write(temporary, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(new Content(sorted)));
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            cached = null;
        } catch (FileAlreadyExistsException e) {
            throw new UncheckedIOException("Another process is writing the users file " + file + "; try again", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the users file " + file, e);
        }
    }

    private void checkPermissions() throws IOException {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (!OWNER_ONLY.containsAll(permissions)) {
            throw new UnsafeUsersFileException(file, PosixFilePermissions.toString(permissions));
        }
    }
}
