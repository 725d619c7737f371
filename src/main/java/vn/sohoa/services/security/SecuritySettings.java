package vn.sohoa.services.security;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may sign in and how ({@code sohoa.security.*}).
 *
 * @param usersFile         the users and their bcrypt hashes; empty: {@code SOHOA_HOME/users.json}. Permissions 600.
 * @param minPasswordLength shorter passwords are refused by {@code sohoa user add|passwd}
 */
@ConfigurationProperties("sohoa.security")
public record SecuritySettings(Path usersFile, @DefaultValue("12") int minPasswordLength) {
}
