package vn.sohoa.faces.api;

import vn.sohoa.services.records.RecordDownloads;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
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

import vn.sohoa.pipeline.archive.RecordNotFoundException;
import vn.sohoa.services.audit.Actor;
import vn.sohoa.services.audit.AuditAction;
import vn.sohoa.services.audit.AuditTrail;
import vn.sohoa.services.reuse.RecordView;
import vn.sohoa.services.reuse.ReuseOutcome;
import vn.sohoa.services.reuse.ReuseService;

/** Records: metadata, streamed downloads, and reuse in a later dossier. */
@RestController
@RequestMapping("/api/records")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Tag(name = "Records")
class RecordsApi {

    /** Body of a reuse request. {@code by}: who reuses it; "api" when absent. */
    record ReuseRequest(String dossierCode, String by) {
    }

    private final ReuseService reuse;
    private final RecordDownloads downloads;
    private final AuditTrail audit;

    RecordsApi(ReuseService reuse, RecordDownloads downloads, AuditTrail audit) {
        this.reuse = reuse;
        this.downloads = downloads;
        this.audit = audit;
    }

    @GetMapping("/{id}")
    @Operation(summary = "A record: its record.json, plus reuseCount and reusedIn (who reused it in which dossier, when)")
    RecordView record(@PathVariable String id, HttpServletRequest http) {
        RecordView view = reuse.view(id).orElseThrow(() -> new RecordNotFoundException(id));
        audit.record(Actor.of(http), AuditAction.VIEW, id, "metadata");
        return view;
    }

    @GetMapping("/{id}/original")
    @Operation(summary = "The file as scanned, streamed")
    ResponseEntity<Resource> original(@PathVariable String id, @Parameter(description = "Show in the browser instead of saving")
    @RequestParam(defaultValue = "false") boolean inline, HttpServletRequest http) {
        return stream(downloads.open(id, RecordDownloads.Kind.ORIGINAL), inline, http);
    }

    @GetMapping("/{id}/text")
    @Operation(summary = "The text, UTF-8, pages separated by form feeds")
    ResponseEntity<Resource> text(@PathVariable String id, @RequestParam(defaultValue = "false") boolean inline, HttpServletRequest http) {
        return stream(downloads.open(id, RecordDownloads.Kind.TEXT), inline, http);
    }

    @GetMapping("/{id}/pdf")
    @Operation(summary = "The searchable PDF; 404 while it is not available yet")
    ResponseEntity<Resource> pdf(@PathVariable String id, @RequestParam(defaultValue = "false") boolean inline, HttpServletRequest http) {
        return stream(downloads.open(id, RecordDownloads.Kind.PDF), inline, http);
    }

    @PostMapping(path = "/{id}/reuse", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record that this result was reused in a dossier",
            description = "201 with the new entry; 200 with the earlier entry when it was reused in that dossier already; "
                    + "404 for an unknown record; 400 for a malformed dossier code (unit-YYMMDD-NNNN).")
    ResponseEntity<ReuseOutcome> reuse(@PathVariable String id, @RequestBody ReuseRequest request, HttpServletRequest http) {
        Actor actor = Actor.of(http);
        ReuseOutcome outcome = reuse.reuse(id, request.dossierCode(), request.by() == null ? actor.who() : request.by());
        audit.record(actor, AuditAction.REUSE, id, "dossier " + outcome.entry().dossierCode() + (outcome.created() ? "" : " (already reused)"));
        if (!outcome.created()) {
            return ResponseEntity.ok(outcome);
        }
        return ResponseEntity.created(URI.create("/api/dossiers/" + outcome.entry().dossierCode())).body(outcome);
    }

    /** Streams from object storage: the body is copied in small buffers, never held whole. */
    private ResponseEntity<Resource> stream(RecordDownloads.Download download, boolean inline, HttpServletRequest http) {
        try {
            audit.record(Actor.of(http), AuditAction.DOWNLOAD, download.recordId(), download.kind() + (inline ? " (shown inline)" : ""));
        } catch (RuntimeException e) {
            closeQuietly(download);
            throw e;
        }
        return ResponseEntity.status(HttpStatus.OK)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.of(inline, download.fileName()))
                .contentType(MediaType.parseMediaType(download.contentType()))
                .contentLength(download.size())
                .body(new InputStreamResource(download.content()));
    }

    private static void closeQuietly(RecordDownloads.Download download) {
        try {
            download.content().close();
        } catch (java.io.IOException e) {
            // The access failed already; the reason that matters is the audit trail's.
        }
    }
}
