package vn.sohoa.services.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import java.time.Clock;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import vn.sohoa.services.audit.AuditTrail;

/**
 * Who may call what, in one table ({@link #rules}). Everything not named there is denied to
 * everyone, so a new endpoint is closed until a rule opens it ({@code EndpointAccessMatrixTests}
 * fails until the table there says who may use it).
 *
 * <p>Two ways in, two filter chains with the same rules:
 * <ul>
 *   <li><b>Scripts:</b> an API request that sends HTTP Basic credentials is signed in by them alone:
 *       no session is read or made, so no cookie speaks for it, and it needs no CSRF token (CSRF rides on
 *       cookies a browser adds by itself). Wrong credentials are a 401, whatever cookie comes along.</li>
 *   <li><b>People:</b> everything else: the Vietnamese form ({@code /login}), a session cookie and a CSRF
 *       token on every state-changing request, the API included. An {@code Authorization} header of
 *       another kind earns nothing.</li>
 * </ul>
 * Sign-ins go through {@link ThrottledSignIn} (locks after repeated failures, logged and audited);
 * a session is checked against the users file on each request ({@link CurrentAccountFilter}).
 * Every response carries a Content-Security-Policy (no scripts but our own, no foreign frames,
 * forms or objects) and {@code Referrer-Policy: no-referrer} (search URLs hold ID numbers).
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
    /** An API request that signs in with HTTP Basic on its own. */
    static final RequestMatcher API_WITH_BASIC = request -> (API.matches(request) || ACTUATOR.matches(request)) && sendsBasic(request);

    /**
     * Our pages and the PDF viewer need nothing foreign: scripts only from here (Swagger UI's
     * files), styles from here (Swagger UI also sets some inline), images from here or data: URLs
     * (Swagger's icons), frames and objects only from here (the record page shows the scan).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'self'; frame-src 'self'; frame-ancestors 'self'; "
            + "form-action 'self'; base-uri 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    AuthenticationManager sohoaSignIn(UsersFileUserDetailsService users, PasswordEncoder encoder, SignInSettings settings, AuditTrail audit) {
        DaoAuthenticationProvider checked = new DaoAuthenticationProvider(users);
        checked.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledSignIn(checked, new SignInThrottle(settings, Clock.systemUTC()), audit));
    }

    @Bean
    @Order(1)
    SecurityFilterChain scriptsWithBasic(HttpSecurity http, ApiSecurityProblems problems, AuthenticationManager signIn) throws Exception {
        http.securityMatcher(API_WITH_BASIC)
                .authenticationManager(signIn)
                .authorizeHttpRequests(WebSecurityConfiguration::rules)
                .httpBasic(basic -> basic.realmName("Sohoa").authenticationEntryPoint(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        headers(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain people(HttpSecurity http, ApiSecurityProblems problems, AuthenticationManager signIn, UserAccounts accounts,
                               AuditTrail audit) throws Exception {
        ExceptionMappingAuthenticationFailureHandler failed = new ExceptionMappingAuthenticationFailureHandler();
        failed.setDefaultFailureUrl("/login?error");
        failed.setExceptionMappings(Map.of(SignInThrottledException.class.getName(), "/login?locked"));
        http.authenticationManager(signIn)
                .authorizeHttpRequests(WebSecurityConfiguration::rules)
                .formLogin(form -> form.loginPage("/login").successHandler(new RoleHomeRedirect()).failureHandler(failed))
                .httpBasic(basic -> basic.realmName("Sohoa").authenticationEntryPoint(problems))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .addFilterAfter(new CurrentAccountFilter(accounts, audit), BasicAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(problems, API)
                        .defaultAuthenticationEntryPointFor(problems, ACTUATOR)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), AnyRequestMatcher.INSTANCE)
                        .defaultAccessDeniedHandlerFor(problems, API)
                        // Boot's error page then renders templates/error/403.html in Vietnamese.
                        .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE));
        headers(http);
        return http.build();
    }

    /** The one table of who may call what. */
    private static void rules(
            org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/css/**", "/js/**", "/login", "/error").permitAll()
                .requestMatchers("/actuator/health").permitAll()
                .requestMatchers("/actuator/**", "/admin/**", "/api/audit", "/api/audit/**").hasRole(ADMIN)
                .requestMatchers("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**").authenticated()
                .requestMatchers(CurrentAccountFilter.CHANGE_PASSWORD).authenticated()
                .requestMatchers("/batches", "/batches/**", "/api/batches/**").hasAnyRole(RECORDS_STAFF, ADMIN)
                // Records staff fix what the machine read: the queue, the review screen, corrections.
                .requestMatchers("/review", "/review/**", "/api/review").hasAnyRole(RECORDS_STAFF, ADMIN)
                .requestMatchers(HttpMethod.PATCH, "/api/records/*/fields").hasAnyRole(RECORDS_STAFF, ADMIN)
                .requestMatchers(HttpMethod.GET, "/").hasAnyRole(CLERK, ADMIN)
                .requestMatchers("/records/**", "/api/search", "/api/records/**", "/api/dossiers/**").hasAnyRole(CLERK, ADMIN)
                // Anything else only needs a sign-in: an unknown address then answers 404 (with a way back),
                // not 403. Every mapped endpoint has its own rule above; EndpointAccessMatrixTests fails
                // for one without, so nothing real falls through to this line.
                .anyRequest().authenticated();
    }

    private static void headers(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                // The record page shows the scan from /api/records/… in a frame of its own origin.
                .frameOptions(frame -> frame.sameOrigin())
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
    }

    private static boolean sendsBasic(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }
}
