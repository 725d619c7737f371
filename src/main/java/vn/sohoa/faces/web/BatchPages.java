package vn.sohoa.faces.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.sohoa.failure.Refusal;
import vn.sohoa.model.BatchName;
import vn.sohoa.operations.report.BatchReports;
import vn.sohoa.operations.upload.BatchOverview;
import vn.sohoa.operations.upload.BatchUpload;
import vn.sohoa.operations.upload.DigitizeNow;
import vn.sohoa.operations.upload.UploadRefusedException;
import vn.sohoa.faces.http.RefusalMessages;
import vn.sohoa.services.audit.Actor;

/**
 * The records staff's pages: upload a batch (files or ZIPs), follow every batch's state, digitize
 * one now, read its report. Who may use them is in WebSecurityConfiguration (RECORDS_STAFF, ADMIN).
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class BatchPages {

    private final BatchUpload upload;
    private final BatchOverview overview;
    private final DigitizeNow digitizeNow;
    private final BatchReports batchReports;
    private final org.springframework.context.MessageSource messages;
    private final RefusalMessages refusals;

    BatchPages(BatchUpload upload, BatchOverview overview, DigitizeNow digitizeNow, BatchReports batchReports,
               org.springframework.context.MessageSource messages, RefusalMessages refusals) {
        this.messages = messages;
        this.refusals = refusals;
        this.upload = upload;
        this.overview = overview;
        this.digitizeNow = digitizeNow;
        this.batchReports = batchReports;
    }

    @GetMapping("/batches")
    String batches(Model model) {
        model.addAttribute("batches", overview.all());
        return "batches";
    }

    @PostMapping("/batches")
    String upload(@RequestParam(defaultValue = "") String name, @RequestParam(name = "files", required = false) List<MultipartFile> files,
                  Actor actor, HttpServletResponse response, Model model, RedirectAttributes redirect,
                  java.util.Locale locale) {
        List<BatchUpload.Part> parts = files == null ? List.of()
                : files.stream().map(f -> new BatchUpload.Part(f.getOriginalFilename(), f)).toList();
        try {
            String batch = upload.upload(name, parts, actor);
            redirect.addFlashAttribute("uploaded", batch);
            return "redirect:" + page(batch);
        } catch (UploadRefusedException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("uploadError", refusals.text(e, locale));
        } catch (Refusal e) {
            response.setStatus(e.kind().httpStatus());
            model.addAttribute("uploadError", refusals.find(e, locale).orElseGet(() ->
                    messages.getMessage("upload.refused.badBatch", new Object[] {e.getMessage()}, locale)));
        }
        model.addAttribute("name", name);
        return batches(model);
    }

    @GetMapping("/batches/{name}")
    String batch(@PathVariable String name, Actor actor, Model model, HttpServletResponse response) {
        BatchOverview.Row row = known(name).orElse(null);
        if (row == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("name", name);
            return "batch-not-found";
        }
        model.addAttribute("batch", row);
        batchReports.report(actor, name, "batch page").ifPresent(report -> model.addAttribute("report", report));
        return "batch";
    }

    @PostMapping("/batches/{name}/digitize")
    String digitize(@PathVariable String name, Actor actor, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (known(name).isEmpty()) {
            return batch(name, actor, model, response);
        }
        try {
            digitizeNow.start(actor, name);
            redirect.addFlashAttribute("digitizing", name);
        } catch (Refusal e) {
            redirect.addFlashAttribute("digitizeError", e.getMessage());
        }
        return "redirect:" + page(name);
    }

    /**
     * The batch's page as a redirect target, percent-encoded: a batch may be named with diacritics
     * ("lô-tải-lên-…") and a Location header carries only ASCII, so an unencoded name reached the
     * browser garbled and the upload's confirmation was a "no such batch" page.
     */
    static String page(String batch) {
        return org.springframework.web.util.UriComponentsBuilder.fromPath("/batches/{name}").buildAndExpand(batch).encode().toUriString();
    }

    @GetMapping("/batches/{name}/report.html")
    ResponseEntity<Resource> report(@PathVariable String name, Actor actor) {
        return StoredReportPages.serve(batchReports.openHtml(actor, name));
    }

    /** A part over {@code spring.servlet.multipart.max-file-size}: the page says so instead of an error page. */
    @org.springframework.web.bind.annotation.ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    String tooLarge(Model model, HttpServletResponse response, java.util.Locale locale) {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        model.addAttribute("uploadError", messages.getMessage("upload.refused.uploadTooLarge", null, locale));
        return batches(model);
    }

    /**
     * A request Tomcat could not take apart (a broken body, more parts than {@code server.tomcat.max-part-count}):
     * a Vietnamese answer on the page, not an English error page.
     */
    @org.springframework.web.bind.annotation.ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    String unreadable(Model model, HttpServletResponse response, java.util.Locale locale) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("uploadError", messages.getMessage("upload.refused.unreadable", null, locale));
        return batches(model);
    }

    private java.util.Optional<BatchOverview.Row> known(String name) {
        return BatchName.isValid(name) ? overview.find(name) : java.util.Optional.empty();
    }
}
