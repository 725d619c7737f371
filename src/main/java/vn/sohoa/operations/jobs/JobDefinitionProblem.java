package vn.sohoa.operations.jobs;

import java.nio.file.Path;

/** Why a file of {@code jobs/} cannot be used: file, line (1-based, 0 when unknown), reason. */
public record JobDefinitionProblem(Path file, int line, String reason) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + reason;
    }
}
