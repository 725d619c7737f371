package vn.sohoa.faces.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.sohoa.faces.http.RefusalMessages;
import vn.sohoa.failure.Refusal;
import vn.sohoa.model.DigitizedRecord;
import vn.sohoa.model.FieldValue;
import vn.sohoa.model.ObjectName;
import vn.sohoa.model.ReviewNote;
import vn.sohoa.pipeline.archive.RecordNotFoundException;
import vn.sohoa.services.audit.Actor;
import vn.sohoa.services.records.RecordAccess;
import vn.sohoa.services.review.CorrectionOutcome;
import vn.sohoa.services.review.ReviewService;

/**
 * The review queue ({@code /review}) and one screen per record ({@code /review/ID}): the page
 * image beside the fields, those to check first, each its own little form so that Enter in a
 * field confirms or corrects it; "Đã kiểm tra" confirms the rest and opens the next record.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ReviewPages {

    private static final int QUEUE_PAGE = 100;

    /** One field on the review screen: what to check on it (null when nothing), shown as text and an icon. */
    record ReviewRow(String name, String value, String source, double confidence, ReviewNote note) {
        public boolean flagged() {
            return note != null;
        }
    }

    private final ReviewService review;
    private final RecordAccess records;
    private final RefusalMessages refusals;

    ReviewPages(ReviewService review, RecordAccess records, RefusalMessages refusals) {
        this.review = review;
        this.records = records;
        this.refusals = refusals;
    }

    @GetMapping("/review")
    String queue(@RequestParam(defaultValue = "") String batch, Actor actor, Model model) {
        model.addAttribute("queue", review.queue(actor, batch, QUEUE_PAGE));
        model.addAttribute("batch", batch);
        model.addAttribute("zone", OfficeTime.ZONE);
        return "review";
    }

    @GetMapping("/review/{id}")
    String record(@PathVariable String id, @RequestParam(defaultValue = "") String batch, Actor actor, Model model,
                  HttpServletResponse response) {
        DigitizedRecord record;
        try {
            record = review.open(actor, id);
        } catch (RecordNotFoundException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("id", id);
            return "not-found";
        }
        model.addAttribute("r", record);
        model.addAttribute("rows", rows(record));
        model.addAttribute("title", ReviewService.title(record));
        model.addAttribute("batch", batch);
        model.addAttribute("next", review.next(record.id(), batch).orElse(null));
        model.addAttribute("scanUrl", "/review/" + record.id() + "/scan");
        model.addAttribute("scanIsImage", record.object(ObjectName.SEARCHABLE_PDF).isEmpty()
                && record.mediaType() != null && record.mediaType().startsWith("image/"));
        model.addAttribute("zone", OfficeTime.ZONE);
        return "review-record";
    }

    /** The page image for the screen: the searchable PDF when there is one, else the scan. */
    @GetMapping("/review/{id}/scan")
    ResponseEntity<Resource> scan(@PathVariable String id, Actor actor) {
        RecordAccess.Download download;
        try {
            download = open(actor, id);
        } catch (RecordNotFoundException | vn.sohoa.services.records.ObjectNotAvailableException e) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                .contentType(MediaType.parseMediaType(download.contentType())).contentLength(download.size())
                .body(new InputStreamResource(download.content()));
    }

    private RecordAccess.Download open(Actor actor, String id) {
        RecordAccess.Download download;
        try {
            download = records.open(actor, id, ObjectName.SEARCHABLE_PDF, "(review screen)");
        } catch (vn.sohoa.services.records.ObjectNotAvailableException e) {
            download = records.open(actor, id, ObjectName.ORIGINAL, "(review screen)");
        }
        return download;
    }

    @PostMapping("/review/{id}/fields")
    String correct(@PathVariable String id, @RequestParam String field, @RequestParam(defaultValue = "") String value,
                   @RequestParam(defaultValue = "") String batch, Actor actor, Model model, RedirectAttributes redirect,
                   HttpServletResponse response, Locale locale) {
        try {
            CorrectionOutcome outcome = review.correct(actor, id, field, value);
            redirect.addFlashAttribute("saved", field);
            redirect.addFlashAttribute("savedConfirmed", outcome.written().get(0).confirmed());
            return "redirect:" + screen(id, batch, nextFlagged(outcome.record(), field));
        } catch (RecordNotFoundException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("id", id);
            return "not-found";
        } catch (Refusal e) {
            String page = record(id, batch, actor, model, response);
            response.setStatus(e.kind().httpStatus());
            model.addAttribute("errorField", field);
            model.addAttribute("errorValue", value);
            model.addAttribute("error", refusals.text(e, locale));
            return page;
        }
    }

    @PostMapping("/review/{id}/checked")
    String checked(@PathVariable String id, @RequestParam(defaultValue = "") String batch, Actor actor, Model model,
                   RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        try {
            review.markChecked(actor, id);
        } catch (RecordNotFoundException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("id", id);
            return "not-found";
        } catch (Refusal e) {
            String page = record(id, batch, actor, model, response);
            response.setStatus(e.kind().httpStatus());
            model.addAttribute("error", refusals.text(e, locale));
            return page;
        }
        redirect.addFlashAttribute("checked", id);
        Optional<String> next = review.next(id, batch);
        return "redirect:" + next.map(n -> screen(n, batch, null)).orElse(queueUrl(batch));
    }

    private static List<ReviewRow> rows(DigitizedRecord record) {
        Map<String, FieldValue> fields = record.fields() == null ? Map.of() : record.fields();
        List<ReviewNote> notes = record.review() == null ? List.of() : record.review();
        return ReviewService.fieldOrder(record).stream().map(name -> {
            FieldValue value = fields.get(name);
            ReviewNote note = notes.stream().filter(n -> n.field().equals(name)).findFirst().orElse(null);
            return new ReviewRow(name, value == null ? "" : FieldRow.text(value), value == null ? null : value.source(),
                    value == null ? 0 : value.confidence(), note);
        }).toList();
    }

    /** The field to focus after saving one: the next still flagged, so Enter, Enter … walks the list. */
    private static String nextFlagged(DigitizedRecord record, String saved) {
        return record.review() == null ? null : record.review().stream().map(ReviewNote::field).filter(f -> !f.equals(saved))
                .findFirst().orElse(null);
    }

    private static String screen(String id, String batch, String focus) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/review/{id}");
        if (!batch.isBlank()) {
            uri.queryParam("batch", batch);
        }
        if (focus != null) {
            uri.fragment("field-" + focus);
        }
        return uri.buildAndExpand(id).encode().toUriString();
    }

    private static String queueUrl(String batch) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/review");
        if (!batch.isBlank()) {
            uri.queryParam("batch", batch);
        }
        return uri.encode().build().toUriString();
    }
}
