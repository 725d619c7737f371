package vn.sohoa.services.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After signing in: back to the page asked for, else to the page of the person's work: search for
 * clerks and admins, batches for records staff (who may not search).
 */
class RoleHomeRedirect extends SavedRequestAwareAuthenticationSuccessHandler {

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        boolean searches = authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(Role.CLERK.authority()) || a.getAuthority().equals(Role.ADMIN.authority()));
        return searches ? "/" : "/batches";
    }
}
