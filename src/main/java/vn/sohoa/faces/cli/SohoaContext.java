package vn.sohoa.faces.cli;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.sohoa.SohoaApplication;

/**
 * Starts the application context for one command: the embedded stores start here, after the
 * arguments were checked, so that {@code --help} and a mistyped option answer at once.
 */
public final class SohoaContext {

    private SohoaContext() {
    }

    /**
     * A command's context: never a web server, even though Spring MVC is on the class path (it
     * would otherwise make a servlet application, start Tomcat and take a port).
     */
    public static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SohoaApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run();
    }

    /**
     * The context of {@code sohoa worker}: a command's context that also takes partition requests
     * from the channel and runs them ({@code sohoa.scale-out.worker}).
     */
    public static ConfigurableApplicationContext startWorker() {
        return new SpringApplicationBuilder(SohoaApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("sohoa.scale-out.worker=true")
                .run();
    }

    /**
     * The context of {@code sohoa serve}: the same beans plus the web server, the API, the web
     * page and the scheduler of {@code jobs/} (only the long-lived server fires scheduled jobs).
     */
    public static ConfigurableApplicationContext startServer() {
        return new SpringApplicationBuilder(SohoaApplication.class)
                .web(WebApplicationType.SERVLET)
                .logStartupInfo(false)
                .properties("sohoa.scheduler.enabled=true")
                .run();
    }
}
