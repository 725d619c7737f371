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
    private final PasswordRules rules;

    public UserAccounts(UsersFile file, SecuritySettings settings) {
        this.file = file;
        this.encoder = new BCryptPasswordEncoder();
        this.rules = new PasswordRules(settings.minPasswordLength());
    }

    public List<UserAccount> list() {
        return file.read();
    }

    public Optional<UserAccount> find(String name) {
        return file.read().stream().filter(u -> u.name().equals(name)).findFirst();
    }

    public synchronized UserAccount add(String name, Set<Role> roles, String password) {
        return add(name, roles, password, false);
    }

    private UserAccount add(String name, Set<Role> roles, String password, boolean mustChangePassword) {
        if (!NAME.matcher(name).matches()) {
            throw UserAccountException.refused("User name '" + name + "' is not allowed: 2-64 characters a-z, 0-9, '.', '_' or '-', starting with a letter or digit");
        }
        if (roles.isEmpty()) {
            throw UserAccountException.refused("Give the user at least one role: " + List.of(Role.values()));
        }
        if (find(name).isPresent()) {
            throw UserAccountException.refused("A user named '" + name + "' exists already (sohoa user passwd changes the password)");
        }
        UserAccount account = new UserAccount(name, hash(name, password), roles, true, Instant.now(), mustChangePassword);
        List<UserAccount> users = new ArrayList<>(file.read());
        users.add(account);
        file.write(users);
        return account;
    }

    public synchronized void changePassword(String name, String password) {
        replace(name, account -> account.withPasswordHash(hash(name, password)));
    }

    /**
     * A person changing their own password (the web page): the current one must be right and the
     * new one different and strong enough. Clears {@link UserAccount#mustChangePassword()}.
     */
    public synchronized void changeOwnPassword(String name, String current, String replacement) {
        UserAccount account = find(name).orElseThrow(() -> UserAccountException.unknown(name));
        if (current == null || !encoder.matches(current, account.passwordHash())) {
            throw UserAccountException.refused("password-wrong", "The current password is not right");
        }
        if (current.equals(replacement)) {
            throw UserAccountException.refused("password-same", "The new password must differ from the current one");
        }
        changePassword(name, replacement);
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
     * with a random password and returns it (to be shown once, never logged). Never a fixed
     * default; and since it was printed on a console, the web page asks for a new one at the
     * first sign-in.
     */
    public synchronized Optional<String> createFirstAdmin() {
        if (file.exists()) {
            return Optional.empty();
        }
        String password = randomPassword(20);
        add(FIRST_ADMIN, Set.of(Role.ADMIN), password, true);
        return Optional.of(password);
    }

    /** A random password of {@code length} unambiguous letters and digits (read off a terminal and typed again). */
    public String randomPassword(int length) {
        return RandomSecrets.letters(length);
    }

    private String hash(String name, String password) {
        rules.check(name, password);
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
