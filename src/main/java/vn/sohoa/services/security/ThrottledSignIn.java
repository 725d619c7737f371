package vn.sohoa.services.security;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.sohoa.services.audit.Actor;
import vn.sohoa.services.audit.AuditAction;
import vn.sohoa.services.audit.AuditTrail;

/**
 * Every sign-in, form or HTTP Basic, goes through here: refused at once while the account or the
 * address is locked ({@link SignInThrottle}), otherwise checked by the delegate (bcrypt against the
 * users file). A failure is logged and written to the audit trail (who was tried, from where,
 * why, and the lock it started), then counted.
 */
final class ThrottledSignIn implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledSignIn.class);

    private final AuthenticationProvider delegate;
    private final SignInThrottle throttle;
    private final AuditTrail audit;

    ThrottledSignIn(AuthenticationProvider delegate, SignInThrottle throttle, AuditTrail audit) {
        this.delegate = delegate;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String account = printable(attempt.getName());
        Actor actor = actor(account);
        Duration locked = throttle.lockedFor(account, actor.from());
        if (!locked.isZero()) {
            log.debug("Sign-in of '{}' from {} refused: locked for {} s more", account, actor.from(), locked.toSeconds());
            throw new SignInThrottledException(locked);
        }
        try {
            Authentication signedIn = delegate.authenticate(attempt);
            throttle.succeeded(account);
            return signedIn;
        } catch (BadCredentialsException | DisabledException e) {
            Duration lock = throttle.failed(account, actor.from());
            String reason = (e instanceof DisabledException ? "account disabled" : "wrong user name or password")
                    + (lock.isZero() ? "" : "; sign-ins locked for " + lock.toSeconds() + " s");
            log.warn("Failed sign-in of '{}' from {} ({}): {}", account, actor.from(), actor.channel(), reason);
            try {
                audit.record(actor, AuditAction.SIGN_IN_FAILED, null, reason);
            } catch (RuntimeException unrecorded) {
                log.error("Could not write the failed sign-in of '{}' to the audit trail", account, unrecorded);
            }
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }

    /** Who tried, from where: the request's address, the API or the web page. */
    private static Actor actor(String account) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return Actor.http(account, request.getRemoteAddr(), request.getRequestURI());
        }
        return new Actor(account, "unknown", "web");
    }

    /** A name as typed, safe for a log line: no control characters, not endless. */
    private static String printable(String name) {
        String value = name == null ? "" : name.replaceAll("\\p{Cntrl}", "?");
        return value.length() > 64 ? value.substring(0, 64) + "…" : value;
    }
}
