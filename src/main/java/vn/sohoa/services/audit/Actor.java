package vn.sohoa.services.audit;

/**
 * Who asks, and from where: every service that hands out or changes records takes one, and
 * audits in its name.
 *
 * @param who     the signed-in user; for the command line, the operating-system login
 * @param from    the client's address as the server saw it; {@code cli} for the command line
 * @param channel {@code web} (pages), {@code api} (REST) or {@code cli}
 */
public record Actor(String who, String from, String channel) {

    /** Someone over HTTP: {@code channel} is {@code api} for paths under {@code /api/}, else {@code web}. */
    public static Actor http(String who, String from, String path) {
        return new Actor(who, from, path != null && path.startsWith("/api/") ? "api" : "web");
    }

    /** The person at the command line: the OS login, since the command line has no sign-in of its own. */
    public static Actor cli() {
        return cli(System.getProperty("user.name", "unknown"));
    }

    /** The person at the command line, by the name they gave ({@code --by}). */
    public static Actor cli(String who) {
        return new Actor(who == null || who.isBlank() ? System.getProperty("user.name", "unknown") : who.strip(), "cli", "cli");
    }
}
