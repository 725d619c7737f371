package vn.sohoa.services.security;

import java.nio.file.Path;

import vn.sohoa.failure.Refusal;

/**
 * The users file can be read or changed by someone other than its owner. Sohoa refuses to trust
 * it (as ssh does with a private key) rather than let anyone who can write it become an admin.
 */
public class UnsafeUsersFileException extends Refusal {

    public UnsafeUsersFileException(Path file, String permissions) {
        super(Kind.REFUSED, "unsafe-users-file", "The users file " + file + " has permissions " + permissions + ": it must be readable by its owner only; run chmod 600 " + file);
    }
}
