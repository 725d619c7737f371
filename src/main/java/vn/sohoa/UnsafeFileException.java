package vn.sohoa;

import java.nio.file.Path;

import vn.sohoa.failure.Refusal;

/**
 * A secret file Sohoa keeps for itself can be read or changed by other accounts: it is not used
 * (as ssh refuses a private key others can read), since whoever could read it may know it.
 */
public class UnsafeFileException extends Refusal {

    public UnsafeFileException(Path file, String permissions) {
        super(Kind.REFUSED, "unsafe-file", "The file " + file + " has permissions " + permissions
                + ": it must be readable by its owner only; run chmod 600 " + file + " (and replace the secret in it if others may have read it)");
    }
}
