package vn.sohoa.services.security;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.sohoa.services.audit.Actor;
import vn.sohoa.services.audit.AuditAction;
import vn.sohoa.services.audit.AuditTrail;

/**
 * Looks at the signed-in account on every request of a session, not only at sign-in: a user
 * disabled (or removed) with {@code sohoa user disable}, which runs in another process and only
 * changes the users file, loses the open session at the next click instead of downloading on
 * until it times out. The read is the users file's cached one (three file attributes unless the
 * file changed). An account whose password nobody chose yet (the first admin) is sent to
 * {@code /password} before anything else.
 */
final class CurrentAccountFilter extends OncePerRequestFilter {

    static final String CHANGE_PASSWORD = "/password";
    /** What a person who must change the password may still reach. */
    private static final Set<String> OPEN_WHILE_CHANGING = Set.of(CHANGE_PASSWORD, "/logout", "/login", "/error");

    private static final Logger log = LoggerFactory.getLogger(CurrentAccountFilter.class);

    private final UserAccounts accounts;
    private final AuditTrail audit;

    CurrentAccountFilter(UserAccounts accounts, AuditTrail audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)) {
            Optional<UserAccount> account = accounts.find(signedIn.getName());
            if (account.isEmpty() || !account.get().enabled()) {
                end(request, signedIn.getName());
            } else if (account.get().mustChangePassword() && !openWhileChanging(request)) {
                response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The session goes, and this request goes on as nobody's: the rules then ask to sign in. */
    private void end(HttpServletRequest request, String name) {
        HttpSession session = request.getSession(false);
        SecurityContextHolder.clearContext();
        if (session != null) {
            session.invalidate();
            log.warn("Ended the session of '{}' from {}: the account is disabled or gone", name, request.getRemoteAddr());
            audit.record(Actor.http(name, request.getRemoteAddr(), request.getRequestURI()), AuditAction.SESSION_ENDED, null,
                    "account disabled or removed");
        }
    }

    private static boolean openWhileChanging(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return OPEN_WHILE_CHANGING.contains(path) || path.startsWith("/css/");
    }
}
