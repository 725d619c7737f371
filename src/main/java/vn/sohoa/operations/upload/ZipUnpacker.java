package vn.sohoa.operations.upload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Unpacks an uploaded ZIP into a folder without letting any entry out of it: names are checked by
 * {@link UploadedFileName} (no {@code ..}, no absolute path), links are refused, every target is
 * checked to lie under the folder once more after resolving, and entries and bytes are counted
 * against the upload's limits. The ZIP is read from its central directory (a local header
 * cannot smuggle in a different name).
 */
final class ZipUnpacker {

    private final int maxEntries;

    ZipUnpacker(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** Unpacks {@code zip} into {@code folder}; on refusal, what was written stays for the caller to delete. */
    void unpack(Path zip, String zipName, Path folder, UploadBudget budget) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        ZipFile file;
        try {
            file = ZipFile.builder().setPath(zip).get();
        } catch (IOException e) {
            throw new UploadRefusedException("badZip", "'" + zipName + "' is not a readable ZIP: " + e.getMessage(), zipName);
        }
        try (file) {
            int entries = 0;
            for (Enumeration<ZipArchiveEntry> all = file.getEntriesInPhysicalOrder(); all.hasMoreElements(); ) {
                ZipArchiveEntry entry = all.nextElement();
                if (++entries > maxEntries) {
                    throw new UploadRefusedException("tooManyEntries", "'" + zipName + "' has more than " + maxEntries + " entries",
                            zipName, maxEntries);
                }
                unpack(file, entry, zipName, root, budget);
            }
        }
    }

    /** {@code x} and {@code x/y.pdf} in one ZIP: a name cannot be a file and a folder at once. */
    private static void refuseFileAndFolderOfOneName(Path root, Path target, String entry, boolean folder) {
        for (Path parent = target.getParent(); parent != null && !parent.equals(root); parent = parent.getParent()) {
            if (Files.isRegularFile(parent, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw clash(entry, root.relativize(parent));
            }
        }
        if (folder && Files.isRegularFile(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw clash(entry, root.relativize(target));
        }
    }

    private static UploadRefusedException clash(String entry, Path name) {
        return UploadedFileName.refused(entry, "fileAndFolder", "names both a file and a folder (" + name + ")");
    }

    private static void unpack(ZipFile file, ZipArchiveEntry entry, String zipName, Path root, UploadBudget budget) throws IOException {
        if (entry.isUnixSymlink()) {
            throw new UploadRefusedException("zipLink", "'" + zipName + "' holds a link (" + entry.getName() + ")", zipName, entry.getName());
        }
        List<String> segments = UploadedFileName.ofZipEntry(entry.getName());
        Path target = root;
        for (String segment : segments) {
            target = target.resolve(segment);
        }
        target = target.normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new UploadRefusedException("badName", "Entry '" + entry.getName() + "' leads out of its folder", entry.getName(), "..");
        }
        refuseFileAndFolderOfOneName(root, target, entry.getName(), entry.isDirectory());
        if (entry.isDirectory()) {
            Files.createDirectories(target);
            return;
        }
        if (!file.canReadEntryData(entry)) {
            throw new UploadRefusedException("badZip", "'" + zipName + "': entry " + entry.getName() + " is encrypted or compressed in an unsupported way",
                    zipName);
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = file.getInputStream(entry)) {
            budget.write(in, target, entry.getName());
        }
    }
}
