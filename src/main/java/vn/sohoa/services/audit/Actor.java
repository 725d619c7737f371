package vn.sohoa.services.audit;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who accessed, and from where.
 *
 * @param who     the signed-in user; for the command line, the operating-system login
 * @param from    the client's address as the server saw it; {@code cli} for the command line
 * @param channel {@code web} (pages), {@code api} (REST) or {@code cli}
 */
public record Actor(String who, String from, String channel) {

    /** The person at the command line: the OS login, since the command line has no sign-in of its own. */
    public static Actor cli() {
        return new Actor(System.getProperty("user.name", "unknown"), "cli", "cli");
    }

    /** The signed-in user of an HTTP request (its path tells pages from the API). */
    public static Actor of(HttpServletRequest request) {
        String who = request.getUserPrincipal() == null ? "anonymous" : request.getUserPrincipal().getName();
        String channel = request.getRequestURI().startsWith("/api/") ? "api" : "web";
        return new Actor(who, request.getRemoteAddr(), channel);
    }
}
