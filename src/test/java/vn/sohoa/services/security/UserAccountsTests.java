package vn.sohoa.services.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import tools.jackson.databind.json.JsonMapper;

import vn.sohoa.SohoaProperties;

/** The users file: bcrypt only, owner-only permissions, a random first admin, refusals with reasons. */
class UserAccountsTests {

    @TempDir
    Path home;

    private UserAccounts accounts() {
        SecuritySettings settings = new SecuritySettings(null, 12);
        return new UserAccounts(new UsersFile(settings, new SohoaProperties(home, "x"), JsonMapper.builder().findAndAddModules().build()), settings);
    }

    @Test
    void theFirstAdminGetsARandomPasswordOnceAndTheFileIsPrivate() throws Exception {
        UserAccounts accounts = accounts();
        String password = accounts.createFirstAdmin().orElseThrow();
        assertThat(password).hasSize(20);
        assertThat(accounts().createFirstAdmin()).as("only on the very first start").isEmpty();
        Path file = home.resolve("users.json");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        String content = Files.readString(file);
        assertThat(content).doesNotContain(password).contains("$2a$");
        UserAccount admin = accounts.find("admin").orElseThrow();
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(new BCryptPasswordEncoder().matches(password, admin.passwordHash())).isTrue();
        assertThat(accounts().randomPassword(20)).isNotEqualTo(password);
        assertThat(admin.mustChangePassword()).as("printed on a console: to be changed at the first sign-in").isTrue();

        assertThatThrownBy(() -> accounts.changeOwnPassword("admin", "not it", "một mật khẩu mới dài")).hasMessageContaining("not right");
        assertThatThrownBy(() -> accounts.changeOwnPassword("admin", password, password)).hasMessageContaining("differ");
        accounts.changeOwnPassword("admin", password, "một mật khẩu mới dài");
        assertThat(accounts().find("admin").orElseThrow().mustChangePassword()).isFalse();
    }

    @Test
    void aUsersFileWrittenBeforeTheFirstPasswordChangeFlagIsStillRead() throws Exception {
        Path file = home.resolve("users.json");
        Files.writeString(file, """
                {"users": [{"name": "lan", "passwordHash": "$2a$10$abcdefghijklmnopqrstuu5ZmFvVhnC1CzkJn2o8vY1hI5nmCK2e2",
                            "roles": ["CLERK"], "enabled": true, "createdAt": "2025-01-02T03:04:05Z"}]}
                """);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        UserAccount lan = accounts().find("lan").orElseThrow();
        assertThat(lan.mustChangePassword()).isFalse();
        assertThat(lan.roles()).containsExactly(Role.CLERK);
    }

    @Test
    void trivialPasswordsAreRefusedEvenDressedUp() {
        UserAccounts accounts = accounts();
        for (String trivial : new String[] {"matkhau123456", "MậtKhẩu@2025!!", "Password-2026!", "123456789012", "aaaaaaaaaaaaaa",
                "abababababab12", "lan.nguyen.2025", "anhyeuem12345", "qwertyuiop123"}) {
            assertThatThrownBy(() -> accounts.add("lan.nguyen", Set.of(Role.CLERK), trivial)).as(trivial)
                    .isInstanceOf(UserAccountException.class).hasMessageMatching("The password (is too easy|repeats).*");
        }
        assertThat(accounts.find("lan.nguyen")).isEmpty();
        accounts.add("lan.nguyen", Set.of(Role.CLERK), "Sông Hậu mùa nước nổi");
        assertThat(accounts.find("lan.nguyen")).isPresent();
    }

    @Test
    void aUsersFileOthersCanReadIsRefused() throws Exception {
        UserAccounts accounts = accounts();
        accounts.add("lan", Set.of(Role.CLERK), "mật khẩu dài đủ");
        Files.setPosixFilePermissions(home.resolve("users.json"), PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> accounts().find("lan")).isInstanceOf(UnsafeUsersFileException.class).hasMessageContaining("chmod 600");
    }

    @Test
    void weakPasswordsTakenNamesAndUnknownUsersAreRefused() {
        UserAccounts accounts = accounts();
        assertThatThrownBy(() -> accounts.add("lan", Set.of(Role.CLERK), "short")).hasMessageContaining("at least 12");
        accounts.add("lan", Set.of(Role.CLERK), "correct horse battery");
        assertThatThrownBy(() -> accounts.add("lan", Set.of(Role.ADMIN), "correct horse battery")).hasMessageContaining("exists already");
        assertThatThrownBy(() -> accounts.add("../x", Set.of(Role.ADMIN), "correct horse battery")).hasMessageContaining("not allowed");
        assertThatThrownBy(() -> accounts.setEnabled("nobody", false)).isInstanceOf(UserAccountException.class)
                .matches(e -> ((UserAccountException) e).notFound());
        accounts.setEnabled("lan", false);
        assertThat(accounts().find("lan").orElseThrow().enabled()).isFalse();
    }
}
