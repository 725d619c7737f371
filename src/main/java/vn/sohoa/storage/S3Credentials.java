package vn.sohoa.storage;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;

import vn.sohoa.PrivateFiles;
import vn.sohoa.RandomSecrets;

/**
 * The keys Sohoa signs its S3 requests with: those configured, or for the embedded S3 server keys
 * generated once per installation and kept in
 * {@code SOHOA_HOME/embedded-s3.credentials} ({@code rw-------}). They used to be fixed values from
 * {@code application.yml}, the same on every machine, and the server's port is in the log: any
 * local account could list, read, write and delete records and the audit trail. Every Sohoa
 * process of the account running Sohoa reads the same file (each process starts its own server
 * over the same folder), and an administrator can point an S3 client at a running one with them.
 *
 * @param accessKey the S3 access key
 * @param secretKey the S3 secret key
 */
public record S3Credentials(String accessKey, String secretKey) {

    static final String FILE = "embedded-s3.credentials";

    /** The keys to use: the configured ones when both are set, else those kept in {@code file}, generated on first use. */
    static S3Credentials of(S3Properties s3, Path file) {
        if (s3.keysConfigured()) {
            return new S3Credentials(s3.accessKey(), s3.secretKey());
        }
        if (!s3.embedded()) {
            throw new StorageException("The S3 endpoint " + s3.endpoint()
                    + " needs its keys: set SOHOA_S3_ACCESS_KEY and SOHOA_S3_SECRET_KEY", null, null);
        }
        return read(PrivateFiles.readOrCreate(file, S3Credentials::generated));
    }

    /** Never the secret: a record's own toString would put it into logs and messages. */
    @Override
    public String toString() {
        return "S3Credentials[accessKey=" + accessKey + ", secretKey=(hidden)]";
    }

    private static String generated() {
        Properties keys = new Properties();
        keys.setProperty("accessKey", "sohoa-" + RandomSecrets.letters(14));
        keys.setProperty("secretKey", RandomSecrets.letters(40));
        StringWriter text = new StringWriter();
        try {
            keys.store(text, "Keys of the embedded S3 server of this Sohoa installation; keep this file rw------- (owner only)");
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return text.toString();
    }

    private static S3Credentials read(String text) {
        Properties keys = new Properties();
        try {
            keys.load(new StringReader(text));
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return new S3Credentials(keys.getProperty("accessKey", ""), keys.getProperty("secretKey", ""));
    }
}
