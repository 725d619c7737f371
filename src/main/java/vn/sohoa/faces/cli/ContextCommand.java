package vn.sohoa.faces.cli;

import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * A command that needs the stores: starts the context, runs, closes it. Subclasses implement
 * {@link #run(ConfigurableApplicationContext)} and return the exit code.
 */
public abstract class ContextCommand implements Callable<Integer> {

    @Spec
    protected CommandSpec spec;

    @Override
    public final Integer call() {
        try (ConfigurableApplicationContext context = SohoaContext.start()) {
            return run(context);
        }
    }

    protected abstract int run(ConfigurableApplicationContext context);

    /**
     * What the person should know when this command is refused, after the reason ("nothing
     * recorded"); null for nothing more.
     */
    protected String whenRefused() {
        return null;
    }

    protected void printJson(ConfigurableApplicationContext context, Object value) {
        out().println(context.getBean(JsonMapper.class).writerWithDefaultPrettyPrinter().writeValueAsString(value));
        out().flush();
    }

    protected java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
