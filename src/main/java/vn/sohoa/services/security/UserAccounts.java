package vn.sohoa.services.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import vn.sohoa.RandomSecrets;

/**
 * Adds, changes and disables users ({@code sohoa user …}) and creates the first admin. Accounts are
 * never deleted: the audit trail names them, so a person who leaves is disabled.
 */
@Service
public class UserAccounts {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    public static final String FIRST_ADMIN = "admin";

    private final UsersFile file;
    private final PasswordEncoder encoder;
    private final int minPasswordLength;

    public UserAccounts(UsersFile file, SecuritySettings settings) {
        this.file = file;
        this.encoder = new BCryptPasswordEncoder();
        this.minPasswordLength = settings.minPasswordLength();
    }

    public List<UserAccount> list() {
        return file.read();
    }

    public Optional<UserAccount> find(String name) {
        return file.read().stream().filter(u -> u.name().equals(name)).findFirst();
    }

    public synchronized UserAccount add(String name, Set<Role> roles, String password) {
        if (!NAME.matcher(name).matches()) {
            throw UserAccountException.refused("User name '" + name + "' is not allowed: 2-64 characters a-z, 0-9, '.', '_' or '-', starting with a letter or digit");
        }
        if (roles.isEmpty()) {
            throw UserAccountException.refused("Give the user at least one role: " + List.of(Role.values()));
        }
        if (find(name).isPresent()) {
            throw UserAccountException.refused("A user named '" + name + "' exists already (sohoa user passwd changes the password)");
        }
        UserAccount account = new UserAccount(name, hash(password), roles, true, Instant.now());
        List<UserAccount> users = new ArrayList<>(file.read());
        users.add(account);
        file.write(users);
        return account;
    }

    public synchronized void changePassword(String name, String password) {
        replace(name, account -> account.withPasswordHash(hash(password)));
    }

    public synchronized void setEnabled(String name, boolean enabled) {
        replace(name, account -> account.withEnabled(enabled));
    }

    public synchronized void setRoles(String name, Set<Role> roles) {
        if (roles.isEmpty()) {
            throw UserAccountException.refused("Give the user at least one role: " + List.of(Role.values()));
        }
        replace(name, account -> account.withRoles(roles));
    }

    /**
     * On the first start of the server: when there is no users file yet, creates {@code admin}
     * with a random password and returns it (to be shown once, never logged). Never a fixed default.
     */
    public synchronized Optional<String> createFirstAdmin() {
        if (file.exists()) {
            return Optional.empty();
        }
        String password = randomPassword(20);
        add(FIRST_ADMIN, Set.of(Role.ADMIN), password);
        return Optional.of(password);
    }

    /** A random password of {@code length} unambiguous letters and digits (read off a terminal and typed again). */
    public String randomPassword(int length) {
        return RandomSecrets.letters(length);
    }

    private String hash(String password) {
        if (password == null || password.length() < minPasswordLength) {
            throw UserAccountException.refused("The password is too short: at least " + minPasswordLength + " characters");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
            // bcrypt ignores everything after 72 bytes: a longer password would only look stronger.
            throw UserAccountException.refused("The password is too long: at most 72 bytes (bcrypt ignores the rest)");
        }
        return encoder.encode(password);
    }

    private void replace(String name, java.util.function.UnaryOperator<UserAccount> change) {
        List<UserAccount> users = new ArrayList<>(file.read());
        int index = -1;
        for (int i = 0; i < users.size(); i++) {
            if (users.get(i).name().equals(name)) {
                index = i;
            }
        }
        if (index < 0) {
            throw UserAccountException.unknown(name);
        }
        users.set(index, change.apply(users.get(index)));
        file.write(users);
    }
}
