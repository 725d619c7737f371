package vn.sohoa.faces.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;

import vn.sohoa.services.security.UserAccounts;

/**
 * {@code sohoa serve}: the REST API and the clerks' web page until stopped (Ctrl-C). Port from
 * {@code SERVER_PORT} (default 8080), address from {@code SERVER_ADDRESS} (default 127.0.0.1).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the web page for clerks and the REST API until stopped (Ctrl-C).",
                "Port: SERVER_PORT (default 8080); address: SERVER_ADDRESS (default 127.0.0.1)."})
final class ServeCommand implements Callable<Integer> {

    @Override
    public Integer call() throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        ConfigurableApplicationContext context = SohoaContext.startServer();
        context.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> closed.countDown());
        // First start: an admin with a random password, shown here once and nowhere else (never logged).
        context.getBean(UserAccounts.class).createFirstAdmin().ifPresent(password -> System.out.printf(
                "First start: created user '%s' (role ADMIN) with password %s%n  Sign in, then add users with: ./sohoa user add NAME --role CLERK%n",
                UserAccounts.FIRST_ADMIN, password));
        String address = context.getEnvironment().getProperty("server.address", "127.0.0.1");
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        System.out.printf("Sohoa is serving on http://%s:%d/  (API: /api/search, docs: /swagger-ui.html); Ctrl-C stops it.%n", address, port);
        System.out.flush();
        closed.await();
        return ExitCodes.OK;
    }
}
