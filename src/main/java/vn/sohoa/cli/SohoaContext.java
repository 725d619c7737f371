package vn.sohoa.cli;

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

    public static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SohoaApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run();
    }
}
