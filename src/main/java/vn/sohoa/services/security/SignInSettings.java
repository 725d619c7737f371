package vn.sohoa.services.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins are throttled ({@code sohoa.security.sign-in.*}).
 *
 * @param accountFailures failures in a row on one account before it is locked
 * @param addressFailures failures from one address (any accounts) before the address is locked
 * @param lockout         the first lock; each failure after it doubles the lock
 * @param maxLockout      the longest lock
 * @param forgetAfter     failures older than this (and no lock running) are forgotten
 */
@ConfigurationProperties("sohoa.security.sign-in")
public record SignInSettings(@DefaultValue("5") int accountFailures, @DefaultValue("30") int addressFailures,
                             @DefaultValue("30s") Duration lockout, @DefaultValue("15m") Duration maxLockout,
                             @DefaultValue("15m") Duration forgetAfter) {
}
