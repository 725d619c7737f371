package vn.sohoa.services.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Failed sign-ins, per account and per address, with locks that grow: after
 * {@code accountFailures} failures in a row an account is locked for {@code lockout}, and each
 * further failure doubles it up to {@code maxLockout}; an address gets the same after
 * {@code addressFailures} failures on any accounts (one guesser trying many names). While locked,
 * a sign-in is refused without looking at the password (no bcrypt either: guessing costs the
 * server nothing), and the refusal does not count, so a guesser cannot keep the owner out for
 * ever. A success clears the account's failures, not the address's.
 *
 * <p>Kept in memory, per process: a restart forgets. At most {@value #TRACKED} accounts and as
 * many addresses are remembered (the oldest forgotten first), so a flood of names cannot fill the heap.
 */
final class SignInThrottle {

    static final int TRACKED = 10_000;

    private record Failures(int count, Instant last, Instant lockedUntil) {
    }

    private final SignInSettings settings;
    private final Clock clock;
    private final Map<String, Failures> accounts = bounded();
    private final Map<String, Failures> addresses = bounded();

    SignInThrottle(SignInSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** How long sign-ins for this account from this address stay refused; zero when they are not. */
    synchronized Duration lockedFor(String account, String address) {
        Instant now = clock.instant();
        Duration accountLock = remaining(accounts.get(key(account)), now);
        Duration addressLock = remaining(addresses.get(address), now);
        return accountLock.compareTo(addressLock) >= 0 ? accountLock : addressLock;
    }

    /** A wrong password: counted; returns the lock it starts (zero when none). */
    synchronized Duration failed(String account, String address) {
        Instant now = clock.instant();
        Duration forAccount = count(accounts, key(account), settings.accountFailures(), now);
        Duration forAddress = count(addresses, address, settings.addressFailures(), now);
        return forAccount.compareTo(forAddress) >= 0 ? forAccount : forAddress;
    }

    synchronized void succeeded(String account) {
        accounts.remove(key(account));
    }

    private Duration count(Map<String, Failures> failures, String key, int allowed, Instant now) {
        Failures before = failures.remove(key);
        boolean forgotten = before == null || (before.last().plus(settings.forgetAfter()).isBefore(now) && !before.lockedUntil().isAfter(now));
        int count = forgotten ? 1 : before.count() + 1;
        Duration lock = count < allowed ? Duration.ZERO : lock(count - allowed);
        failures.put(key, new Failures(count, now, now.plus(lock)));
        return lock;
    }

    /** {@code lockout} × 2^{@code beyond}, at most {@code maxLockout}. */
    private Duration lock(int beyond) {
        Duration lock = settings.lockout();
        for (int i = 0; i < beyond && lock.compareTo(settings.maxLockout()) < 0; i++) {
            lock = lock.multipliedBy(2);
        }
        return lock.compareTo(settings.maxLockout()) > 0 ? settings.maxLockout() : lock;
    }

    private static Duration remaining(Failures failures, Instant now) {
        return failures == null || !failures.lockedUntil().isAfter(now) ? Duration.ZERO : Duration.between(now, failures.lockedUntil());
    }

    private static String key(String account) {
        return account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Failures> bounded() {
        return new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > TRACKED;
            }
        };
    }
}
