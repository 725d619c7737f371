package vn.sohoa.services.security;

import java.time.Instant;
import java.util.Set;

/**
 * One person who may sign in, as stored in the users file.
 *
 * @param name         the sign-in name
 * @param passwordHash bcrypt hash ({@code $2a$…}); the password itself is never stored
 * @param roles        what the person may do
 * @param enabled      false: the account exists (its audit entries still name it) but cannot sign in
 * @param mustChangePassword true for a password nobody chose (the first admin's, printed on the
 *                     console): the web page asks for a new one before anything else
 */
public record UserAccount(String name, String passwordHash, Set<Role> roles, boolean enabled, Instant createdAt,
                          Boolean mustChangePassword) {

    public UserAccount {
        roles = Set.copyOf(roles);
        // Users files written before the flag existed lack it: nobody has to change a password then.
        mustChangePassword = Boolean.TRUE.equals(mustChangePassword);
    }

    /** A new password (chosen by its user, or set with {@code sohoa user passwd}): nothing more to change. */
    UserAccount withPasswordHash(String hash) {
        return new UserAccount(name, hash, roles, enabled, createdAt, false);
    }

    UserAccount withEnabled(boolean value) {
        return new UserAccount(name, passwordHash, roles, value, createdAt, mustChangePassword);
    }

    UserAccount withRoles(Set<Role> value) {
        return new UserAccount(name, passwordHash, value, enabled, createdAt, mustChangePassword);
    }
}
