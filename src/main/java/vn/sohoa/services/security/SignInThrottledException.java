package vn.sohoa.services.security;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/** Too many failed sign-ins for this account or from this address: refused for {@link #remaining()}. */
public class SignInThrottledException extends LockedException {

    private final transient Duration remaining;

    SignInThrottledException(Duration remaining) {
        super("Too many failed sign-ins; try again in " + Math.max(1, remaining.toSeconds()) + " s");
        this.remaining = remaining;
    }

    public Duration remaining() {
        return remaining;
    }
}
