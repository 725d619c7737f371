package vn.sohoa.faces.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import vn.sohoa.services.security.Role;
import vn.sohoa.services.security.UserAccount;
import vn.sohoa.services.security.UserAccountException;
import vn.sohoa.services.security.UserAccounts;

/**
 * {@code sohoa user add|passwd|disable|enable|roles|list}: the accounts of the users file. A password
 * is never an argument (it would show in {@code ps} and the shell history): it is asked on the
 * terminal, read from stdin with {@code --password-stdin}, or generated and printed once.
 */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = "Manage who may sign in (the users file under SOHOA_HOME, permissions 600).",
        subcommands = {UserCommand.Add.class, UserCommand.Passwd.class, UserCommand.Disable.class, UserCommand.Enable.class,
                UserCommand.Roles.class, UserCommand.ListUsers.class})
final class UserCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing user command: one of " + spec.subcommands().keySet());
    }

    /** Shared by the sub-commands (account refusals give exit codes 3, unknown user, and 4, refused). */
    abstract static class AccountCommand extends ContextCommand {

        @Override
        protected final int run(ConfigurableApplicationContext context) {
            return change(context.getBean(UserAccounts.class));
        }

        protected abstract int change(UserAccounts accounts);
    }

    /** How a new password is given. */
    abstract static class WithPassword extends AccountCommand {

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input (for scripts).")
        boolean passwordStdin;

        @Option(names = "--generate", description = "Generate a random password and print it once.")
        boolean generate;

        /** The password to set; {@code generated[0]} is set when it was made here and must be shown. */
        protected String password(UserAccounts accounts, boolean[] generated) {
            if (passwordStdin) {
                try {
                    String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                    return line == null ? "" : line;
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read the password from stdin", e);
                }
            }
            java.io.Console console = System.console();
            if (!generate && console != null) {
                char[] first = console.readPassword("Password: ");
                char[] again = console.readPassword("Again: ");
                if (first == null || again == null || !Arrays.equals(first, again)) {
                    throw UserAccountException.refused("The two passwords differ");
                }
                return new String(first);
            }
            generated[0] = true;
            return accounts.randomPassword(20);
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a user with roles RECORDS_STAFF, CLERK, ADMIN.")
    static final class Add extends WithPassword {
        @Parameters(index = "0", paramLabel = "NAME", description = "Sign-in name: a-z, 0-9, '.', '_', '-'.")
        String name;

        @Option(names = "--role", required = true, split = ",", paramLabel = "ROLE",
                description = "One or more of ${COMPLETION-CANDIDATES} (repeat or separate with commas).")
        Set<Role> roles;

        @Override
        protected int change(UserAccounts accounts) {
            boolean[] generated = {false};
            String password = password(accounts, generated);
            UserAccount account = accounts.add(name, roles, password);
            out().printf("Added user %s with roles %s.%n", account.name(), names(account.roles()));
            if (generated[0]) {
                out().printf("Password (shown once, give it to the user): %s%n", password);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true, description = "Set a new password for a user.")
    static final class Passwd extends WithPassword {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        protected int change(UserAccounts accounts) {
            if (accounts.find(name).isEmpty()) {
                throw UserAccountException.unknown(name);   // before asking for a password nobody will use
            }
            boolean[] generated = {false};
            String password = password(accounts, generated);
            accounts.changePassword(name, password);
            out().printf("Password of %s changed.%n", name);
            if (generated[0]) {
                out().printf("Password (shown once): %s%n", password);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Stop a user from signing in (the account stays: the audit trail names it).")
    static final class Disable extends AccountCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        protected int change(UserAccounts accounts) {
            accounts.setEnabled(name, false);
            out().printf("User %s disabled: signing in is refused from now on.%n", name);
            return ExitCodes.OK;
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Let a disabled user sign in again.")
    static final class Enable extends AccountCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        protected int change(UserAccounts accounts) {
            accounts.setEnabled(name, true);
            out().printf("User %s enabled.%n", name);
            return ExitCodes.OK;
        }
    }

    @Command(name = "roles", mixinStandardHelpOptions = true, description = "Replace a user's roles.")
    static final class Roles extends AccountCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--role", required = true, split = ",", paramLabel = "ROLE", description = "One or more of ${COMPLETION-CANDIDATES}.")
        Set<Role> roles;

        @Override
        protected int change(UserAccounts accounts) {
            accounts.setRoles(name, roles);
            out().printf("User %s now has roles %s.%n", name, names(roles));
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the users, their roles and whether they may sign in.")
    static final class ListUsers extends AccountCommand {
        @Override
        protected int change(UserAccounts accounts) {
            for (UserAccount account : accounts.list()) {
                out().printf("%-24s %-30s %s%n", account.name(), names(account.roles()), account.enabled() ? "enabled" : "disabled");
            }
            return ExitCodes.OK;
        }
    }

    private static String names(Set<Role> roles) {
        return new TreeSet<>(roles.stream().map(Role::name).collect(Collectors.toSet())).toString();
    }
}
