package vn.sohoa.faces.cli;

/**
 * A command of the tools (sample generator, evaluations, benchmarks), which live in their own
 * source set and jar ({@code src/tools}) so that the product does not carry them. A tool command
 * is a picocli {@code @Command} with a public no-argument constructor, listed in
 * {@code META-INF/services/vn.sohoa.faces.cli.ToolCommand}; {@link Main} adds every one it finds.
 */
public interface ToolCommand {
}
