package vn.sohoa.operations.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What one upload may still write: files and bytes, counted as they are written, so that neither
 * a ZIP's declared sizes nor its entry count can be trusted into filling the disk.
 */
final class UploadBudget {

    private final int maxFiles;
    private final long maxBytes;
    private int files;
    private long bytes;

    UploadBudget(int maxFiles, long maxBytes) {
        this.maxFiles = maxFiles;
        this.maxBytes = maxBytes;
    }

    /** Writes {@code in} to the new file {@code target} (never over an existing file or through a link). */
    void write(InputStream in, Path target, String name) throws IOException {
        if (++files > maxFiles) {
            throw new UploadRefusedException("tooManyFiles", "More than " + maxFiles + " files in one upload", maxFiles);
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw UploadedFileName.refused(name, "fileAndFolder", "names both a file and a folder");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new UploadRefusedException("duplicateName", "Two files are named '" + name + "'", name);
        }
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, LinkOption.NOFOLLOW_LINKS)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                bytes += n;
                if (bytes > maxBytes) {
                    throw new UploadRefusedException("tooLarge", "The upload unpacks to more than " + maxBytes + " bytes", maxBytes / (1024 * 1024));
                }
                out.write(buffer, 0, n);
            }
        }
    }

    int files() {
        return files;
    }
}
