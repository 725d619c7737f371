package vn.sohoa.services.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what, in one table. Everything not named here is denied to everyone, so a new
 * endpoint is closed until a rule opens it ({@code EndpointAccessMatrixTests} fails until the
 * table there says who may use it).
 *
 * <p>People sign in on the Vietnamese form ({@code /login}, session cookie, CSRF token on every
 * form); scripts send HTTP Basic with the same accounts. A request under {@code /api/} that
 * carries an {@code Authorization} header needs no CSRF token: a cross-site page cannot set that
 * header, and the API's only write ({@code POST …/reuse}) accepts JSON only, which a cross-site form
 * cannot send.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebSecurityConfiguration {

    private static final String ADMIN = Role.ADMIN.name();
    private static final String CLERK = Role.CLERK.name();
    private static final String RECORDS_STAFF = Role.RECORDS_STAFF.name();

    static final RequestMatcher API = pathPattern("/api/**");
    /** Read by programs (Prometheus, probes): answered like the API, 401 rather than the sign-in page. */
    static final RequestMatcher ACTUATOR = pathPattern("/actuator/**");

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    SecurityFilterChain sohoaSecurity(HttpSecurity http, ApiSecurityProblems problems) throws Exception {
        http.authorizeHttpRequests(rules -> rules
                        .requestMatchers("/css/**", "/login", "/error").permitAll()
                        .requestMatchers("/actuator/health").permitAll()
                        .requestMatchers("/actuator/**", "/admin/**", "/api/audit", "/api/audit/**").hasRole(ADMIN)
                        .requestMatchers("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**").authenticated()
                        .requestMatchers("/batches", "/batches/**", "/api/batches/**").hasAnyRole(RECORDS_STAFF, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/").hasAnyRole(CLERK, ADMIN)
                        .requestMatchers("/records/**", "/api/search", "/api/records/**", "/api/dossiers/**").hasAnyRole(CLERK, ADMIN)
                        .anyRequest().denyAll())
                .formLogin(form -> form.loginPage("/login").successHandler(new RoleHomeRedirect()).failureUrl("/login?error"))
                .httpBasic(basic -> basic.realmName("Sohoa").authenticationEntryPoint(problems))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(WebSecurityConfiguration::needsCsrfToken))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(problems, API)
                        .defaultAuthenticationEntryPointFor(problems, ACTUATOR)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), AnyRequestMatcher.INSTANCE)
                        .defaultAccessDeniedHandlerFor(problems, API)
                        // Boot's error page then renders templates/error/403.html in Vietnamese.
                        .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE))
                // The record page shows the scan from /api/records/… in a frame of its own origin.
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }

    private static boolean needsCsrfToken(jakarta.servlet.http.HttpServletRequest request) {
        return CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request) && !(API.matches(request) && request.getHeader("Authorization") != null);
    }
}
