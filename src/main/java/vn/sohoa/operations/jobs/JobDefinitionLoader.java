package vn.sohoa.operations.jobs;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.scheduling.support.CronExpression;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads {@code jobs/*.yml}. Each file is checked on its own: a bad file is reported with its
 * line and reason and does not stop the others.
 *
 * <pre>
 * job: digitize-inbox          # which job (see sohoa jobs)
 * cron: "0 0 1 * * *"          # second minute hour day month weekday
 * zone: Asia/Ho_Chi_Minh       # optional, this is the default
 * enabled: true                # optional, default true
 * parameters: {}               # optional, passed to the job
 * </pre>
 */
public final class JobDefinitionLoader {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Set<String> KEYS = Set.of("job", "cron", "zone", "enabled", "parameters");

    private final Set<String> knownJobs;

    public JobDefinitionLoader(Set<String> knownJobs) {
        this.knownJobs = knownJobs;
    }

    /** Every definition and every problem of a folder. */
    public record Result(List<JobDefinition> definitions, List<JobDefinitionProblem> problems) {
    }

    public Result load(Path dir) {
        List<JobDefinition> definitions = new ArrayList<>();
        List<JobDefinitionProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return new Result(definitions, problems);
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml")).sorted().toList()) {
                try {
                    definitions.add(parse(file));
                } catch (DefinitionException e) {
                    problems.add(new JobDefinitionProblem(file, e.line, e.getMessage()));
                }
            }
        } catch (IOException e) {
            problems.add(new JobDefinitionProblem(dir, 0, "cannot be listed: " + e.getMessage()));
        }
        return new Result(definitions, problems);
    }

    JobDefinition parse(Path file) {
        MappingNode root = root(file);
        Map<String, Node> values = new LinkedHashMap<>();
        for (NodeTuple tuple : root.getValue()) {
            String key = scalar(tuple.getKeyNode(), "key");
            if (!KEYS.contains(key)) {
                throw new DefinitionException(line(tuple.getKeyNode()), "unknown key '" + key + "'; known keys: " + KEYS);
            }
            values.put(key, tuple.getValueNode());
        }
        String name = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        String job = required(values, "job", root);
        if (!knownJobs.contains(job)) {
            throw new DefinitionException(line(values.get("job")), "unknown job '" + job + "'; known jobs: " + knownJobs);
        }
        String cronText = required(values, "cron", root);
        return new JobDefinition(file, name, job, cron(cronText, values.get("cron")), cronText, zone(values.get("zone")),
                enabled(values.get("enabled")), parameters(values.get("parameters")));
    }

    private static MappingNode root(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Node node = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
            if (!(node instanceof MappingNode mapping)) {
                throw new DefinitionException(node == null ? 1 : line(node), "must be a mapping of job, cron, zone, enabled, parameters");
            }
            return mapping;
        } catch (MarkedYAMLException e) {
            throw new DefinitionException(e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1,
                    "is not valid YAML: " + e.getProblem());
        } catch (IOException e) {
            throw new DefinitionException(0, "cannot be read: " + e.getMessage());
        }
    }

    private static String required(Map<String, Node> values, String key, Node root) {
        Node node = values.get(key);
        if (node == null) {
            throw new DefinitionException(line(root), "missing required key '" + key + "'");
        }
        return scalar(node, key);
    }

    private static CronExpression cron(String text, Node node) {
        try {
            return CronExpression.parse(text);
        } catch (IllegalArgumentException e) {
            throw new DefinitionException(line(node), "invalid cron '" + text + "' (six fields: second minute hour day month weekday): "
                    + e.getMessage());
        }
    }

    private static ZoneId zone(Node node) {
        if (node == null) {
            return DEFAULT_ZONE;
        }
        String text = scalar(node, "zone");
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new DefinitionException(line(node), "unknown time zone '" + text + "'");
        }
    }

    private static boolean enabled(Node node) {
        if (node == null) {
            return true;
        }
        String text = scalar(node, "enabled");
        if (!text.equals("true") && !text.equals("false")) {
            throw new DefinitionException(line(node), "enabled must be true or false, not '" + text + "'");
        }
        return Boolean.parseBoolean(text);
    }

    private static Map<String, String> parameters(Node node) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (node == null) {
            return parameters;
        }
        if (!(node instanceof MappingNode mapping)) {
            throw new DefinitionException(line(node), "parameters must be a mapping of names to values");
        }
        for (NodeTuple tuple : mapping.getValue()) {
            parameters.put(scalar(tuple.getKeyNode(), "parameter name"), scalar(tuple.getValueNode(), "parameter value"));
        }
        return parameters;
    }

    private static String scalar(Node node, String what) {
        if (!(node instanceof ScalarNode scalar)) {
            throw new DefinitionException(line(node), what + " must be a single value");
        }
        return scalar.getValue().strip();
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private static final class DefinitionException extends RuntimeException {
        private final int line;

        DefinitionException(int line, String reason) {
            super(reason);
            this.line = line;
        }
    }
}
