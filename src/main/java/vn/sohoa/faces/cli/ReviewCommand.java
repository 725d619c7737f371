package vn.sohoa.faces.cli;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.sohoa.services.audit.Actor;
import vn.sohoa.services.review.ReviewQueue;
import vn.sohoa.services.review.ReviewService;

/** {@code sohoa review [--batch B] [--json]}: the records a person must still check, oldest first. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "List the records a person must still check (uncertain, missing or conflicting fields), archived longest ago first.")
final class ReviewCommand extends ContextCommand {

    @Option(names = "--batch", paramLabel = "NAME", description = "Only records of this batch.")
    String batch;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N records (default ${DEFAULT-VALUE}, at most 200).")
    int limit;

    @Option(names = "--json", description = "Print the queue as JSON.")
    boolean json;

    @Override
    protected int run(ConfigurableApplicationContext context) {
        ReviewQueue queue = context.getBean(ReviewService.class).queue(Actor.cli(), batch, limit);
        if (json) {
            printJson(context, queue);
            return ExitCodes.OK;
        }
        out().printf("%d records to check%s%n", queue.total(), queue.batch() == null ? "" : " in batch " + queue.batch());
        for (ReviewQueue.Item item : queue.items()) {
            out().printf("%s  %s  (batch %s, %s, archived %s)%n", item.recordId(), item.title(), item.batch(), item.fileName(), item.archivedAt());
            item.notes().forEach(note -> out().printf("    %-16s %-14s %s%n", note.field(), note.code(), note.reason()));
        }
        if (queue.total() > queue.items().size()) {
            out().printf("… %d more (--limit)%n", queue.total() - queue.items().size());
        }
        return ExitCodes.OK;
    }
}
