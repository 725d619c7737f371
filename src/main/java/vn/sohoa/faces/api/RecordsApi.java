package vn.sohoa.faces.api;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.sohoa.model.ObjectName;
import vn.sohoa.services.audit.Actor;
import vn.sohoa.services.records.RecordAccess;
import vn.sohoa.services.records.RecordView;
import vn.sohoa.services.reuse.ReuseOutcome;
import vn.sohoa.services.reuse.ReuseService;

/** Records: metadata, streamed downloads, and reuse in a later dossier. */
@RestController
@RequestMapping("/api/records")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Tag(name = "Records")
class RecordsApi {

    /** Body of a reuse request: the dossier it is reused in (who reuses it is the signed-in user). */
    record ReuseRequest(String dossierCode) {
    }

    private final RecordAccess records;
    private final ReuseService reuse;

    RecordsApi(RecordAccess records, ReuseService reuse) {
        this.records = records;
        this.reuse = reuse;
    }

    @GetMapping("/{id}")
    @Operation(summary = "A record: its record.json, plus reuseCount and reusedIn (who reused it in which dossier, when)")
    RecordView record(@PathVariable String id, @Parameter(hidden = true) Actor actor) {
        return records.view(actor, id, "metadata");
    }

    @GetMapping("/{id}/original")
    @Operation(summary = "The file as scanned, streamed")
    ResponseEntity<Resource> original(@PathVariable String id, @Parameter(description = "Show in the browser instead of saving")
    @RequestParam(defaultValue = "false") boolean inline, @Parameter(hidden = true) Actor actor) {
        return stream(actor, id, ObjectName.ORIGINAL, inline);
    }

    @GetMapping("/{id}/text")
    @Operation(summary = "The text, UTF-8, pages separated by form feeds")
    ResponseEntity<Resource> text(@PathVariable String id, @RequestParam(defaultValue = "false") boolean inline,
                                  @Parameter(hidden = true) Actor actor) {
        return stream(actor, id, ObjectName.TEXT, inline);
    }

    @GetMapping("/{id}/pdf")
    @Operation(summary = "The searchable PDF; 404 while it is not available yet")
    ResponseEntity<Resource> pdf(@PathVariable String id, @RequestParam(defaultValue = "false") boolean inline,
                                 @Parameter(hidden = true) Actor actor) {
        return stream(actor, id, ObjectName.SEARCHABLE_PDF, inline);
    }

    @PostMapping(path = "/{id}/reuse", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record that this result was reused in a dossier, by the signed-in user",
            description = "201 with the new entry; 200 with the earlier entry when it was reused in that dossier already; "
                    + "404 for an unknown record; 400 for a malformed dossier code (unit-YYMMDD-NNNN).")
    ResponseEntity<ReuseOutcome> reuse(@PathVariable String id, @RequestBody ReuseRequest request, @Parameter(hidden = true) Actor actor) {
        ReuseOutcome outcome = reuse.reuse(actor, id, request.dossierCode());
        if (!outcome.created()) {
            return ResponseEntity.ok(outcome);
        }
        return ResponseEntity.created(URI.create("/api/dossiers/" + outcome.entry().dossierCode())).body(outcome);
    }

    /** Streams from object storage: the body is copied in small buffers, never held whole. */
    private ResponseEntity<Resource> stream(Actor actor, String id, ObjectName name, boolean inline) {
        RecordAccess.Download download = records.open(actor, id, name, inline ? "(shown inline)" : "");
        return ResponseEntity.status(HttpStatus.OK)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.of(inline, download.fileName()))
                .contentType(MediaType.parseMediaType(download.contentType()))
                .contentLength(download.size())
                .body(new InputStreamResource(download.content()));
    }
}
