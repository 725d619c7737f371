package vn.sohoa.faces.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.sohoa.pipeline.archive.RecordArchive;
import vn.sohoa.pipeline.archive.RecordNotFoundException;
import vn.sohoa.services.audit.Actor;
import vn.sohoa.services.audit.AuditAction;
import vn.sohoa.services.audit.AuditTrail;
import vn.sohoa.pipeline.index.SearchFilter;
import vn.sohoa.pipeline.index.SearchResults;
import vn.sohoa.model.InvalidDossierCodeException;
import vn.sohoa.services.reuse.RecordView;
import vn.sohoa.services.reuse.ReuseOutcome;
import vn.sohoa.services.reuse.ReuseService;
import vn.sohoa.services.search.InvalidSearchException;
import vn.sohoa.services.search.SearchRequest;
import vn.sohoa.services.search.SearchService;

/**
 * The clerks' web page, rendered on the server: search ({@code /}), a record ({@code /records/ID})
 * and its reuse form. The same services as the API and the command line do the work.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ClerkPages {

    static final int PAGE_SIZE = 20;
    /** Times are stored in UTC and shown in the clerks' time. */
    private static final java.time.ZoneId OFFICE_ZONE = java.time.ZoneId.of("Asia/Ho_Chi_Minh");
    private static final List<String> FILTERS = List.of(SearchFilter.OWNER_ID, SearchFilter.DOSSIER_CODE, SearchFilter.DOCUMENT_NUMBER,
            SearchFilter.PROCEDURE_CODE, SearchFilter.TYPE_NAME, SearchFilter.ORGAN_NAME, SearchFilter.BATCH, SearchFilter.REUSED_IN)
            .stream().map(SearchFilter::parameter).toList();

    private static final int MAX_TEXT_SHOWN = 200_000;

    private final SearchService search;
    private final ReuseService reuse;
    private final RecordArchive archive;
    private final AuditTrail audit;

    ClerkPages(SearchService search, ReuseService reuse, RecordArchive archive, AuditTrail audit) {
        this.search = search;
        this.reuse = reuse;
        this.archive = archive;
        this.audit = audit;
    }

    @GetMapping("/")
    String search(@RequestParam Map<String, String> params, Model model, HttpServletRequest request, HttpServletResponse response) {
        Map<String, String> filters = new LinkedHashMap<>();
        FILTERS.forEach(name -> filters.put(name, params.getOrDefault(name, "")));
        String q = params.getOrDefault("q", "");
        String from = params.getOrDefault("issuedFrom", "");
        String to = params.getOrDefault("issuedTo", "");
        model.addAttribute("q", q);
        model.addAttribute("filters", filters);
        model.addAttribute("issuedFrom", from);
        model.addAttribute("issuedTo", to);
        model.addAttribute("filtersOpen", filters.values().stream().anyMatch(v -> !v.isBlank()) || !from.isBlank() || !to.isBlank());
        boolean asked = params.containsKey("q") || model.getAttribute("filtersOpen") == Boolean.TRUE;
        if (!asked) {
            return "search";
        }
        int page = parsePage(params.get("page"));
        try {
            SearchRequest searchRequest = new SearchRequest(q, filters, from, to, page, PAGE_SIZE, true);
            SearchResults results = search.search(searchRequest);
            audit.searched(Actor.of(request), searchRequest, results);
            model.addAttribute("results", results);
            model.addAttribute("hits", results.hits().stream().map(ClerkPages::shown).toList());
            model.addAttribute("page", page);
            model.addAttribute("lastPage", Math.max(1, (int) Math.min(500, (results.total() + PAGE_SIZE - 1) / PAGE_SIZE)));
        } catch (InvalidSearchException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("searchError", e.getMessage());
        }
        return "search";
    }

    @GetMapping("/records/{id}")
    String record(@PathVariable String id, Model model, HttpServletRequest request, HttpServletResponse response) {
        RecordView view = reuse.view(id).orElse(null);
        if (view == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("id", id);
            return "not-found";
        }
        audit.record(Actor.of(request), AuditAction.VIEW, id, "record page");
        model.addAttribute("view", view);
        Preview preview = Preview.of(view.record());
        model.addAttribute("preview", preview);
        if (preview.kind().equals("text")) {
            // Shown in the page's own font: the browser's monospace font for text/plain lacks many Vietnamese letters.
            String text = archive.text(view.record().id());
            model.addAttribute("text", text.length() > MAX_TEXT_SHOWN ? text.substring(0, MAX_TEXT_SHOWN) + "\n…" : text);
        }
        model.addAttribute("fieldRows", FieldRow.of(view.record()));
        model.addAttribute("zone", OFFICE_ZONE);
        return "record";
    }

    @PostMapping("/records/{id}/reuse")
    String reuse(@PathVariable String id, @RequestParam(defaultValue = "") String dossierCode, @RequestParam(defaultValue = "") String by,
                 Model model, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        try {
            Actor actor = Actor.of(request);
            ReuseOutcome outcome = reuse.reuse(id, dossierCode, by.isBlank() ? actor.who() : by);
            audit.record(actor, AuditAction.REUSE, id, "dossier " + outcome.entry().dossierCode() + (outcome.created() ? "" : " (already reused)"));
            redirect.addFlashAttribute("reused", outcome);
            return "redirect:/records/" + id;
        } catch (RecordNotFoundException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("id", id);
            return "not-found";
        } catch (InvalidDossierCodeException | IllegalArgumentException e) {
            String page = record(id, model, request, response);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("reuseError", dossierCode);
            model.addAttribute("dossierCode", dossierCode);
            model.addAttribute("by", by);
            return page;
        }
    }

    private static int parsePage(String page) {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** A hit as the page shows it: the snippet HTML-escaped except for the match markers. */
    record ShownHit(SearchResults.Hit hit, String snippetHtml, String title) {
    }

    private static ShownHit shown(SearchResults.Hit hit) {
        String escaped = org.springframework.web.util.HtmlUtils.htmlEscape(hit.snippet())
                .replace("&lt;b&gt;", "<b>").replace("&lt;/b&gt;", "</b>");
        List<String> title = new ArrayList<>();
        first(hit, "typeName").ifPresent(title::add);
        first(hit, "documentNumber").ifPresent(n -> title.add("số " + n));
        return new ShownHit(hit, escaped, title.isEmpty() ? hit.fileName() : String.join(" ", title));
    }

    private static java.util.Optional<String> first(SearchResults.Hit hit, String field) {
        List<String> values = hit.fields().get(field);
        return values == null || values.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(values.get(0));
    }
}
