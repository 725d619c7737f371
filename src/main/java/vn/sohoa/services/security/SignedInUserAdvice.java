package vn.sohoa.services.security;

import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page who is signed in and the roles' names, so the header shows only the links a person may follow. */
@ControllerAdvice
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SignedInUserAdvice {

    /** The person on the page: {@code name} and role names ({@code CLERK} …); null on the sign-in page. */
    record SignedIn(String name, Set<String> roles) {

        public boolean searches() {
            return roles.contains(Role.CLERK.name()) || roles.contains(Role.ADMIN.name());
        }

        public boolean loadsBatches() {
            return roles.contains(Role.RECORDS_STAFF.name()) || roles.contains(Role.ADMIN.name());
        }

        public boolean administers() {
            return roles.contains(Role.ADMIN.name());
        }
    }

    @ModelAttribute("signedIn")
    SignedIn signedIn(Principal principal) {
        if (!(principal instanceof Authentication authentication) || !authentication.isAuthenticated()) {
            return null;
        }
        Set<String> roles = authentication.getAuthorities().stream().map(a -> a.getAuthority().replaceFirst("^ROLE_", ""))
                .collect(Collectors.toUnmodifiableSet());
        return new SignedIn(authentication.getName(), roles);
    }
}
