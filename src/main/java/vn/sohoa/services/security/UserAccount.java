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
 */
public record UserAccount(String name, String passwordHash, Set<Role> roles, boolean enabled, Instant createdAt) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }

    UserAccount withPasswordHash(String hash) {
        return new UserAccount(name, hash, roles, enabled, createdAt);
    }

    UserAccount withEnabled(boolean value) {
        return new UserAccount(name, passwordHash, roles, value, createdAt);
    }

    UserAccount withRoles(Set<Role> value) {
        return new UserAccount(name, passwordHash, value, enabled, createdAt);
    }
}
