package vn.sohoa.faces.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.sohoa.faces.http.RefusalMessages;
import vn.sohoa.failure.Refusal;
import vn.sohoa.pipeline.archive.RecordNotFoundException;
import vn.sohoa.pipeline.index.SearchFilter;
import vn.sohoa.pipeline.index.SearchResults;
import vn.sohoa.services.audit.Actor;
import vn.sohoa.services.records.RecordAccess;
import vn.sohoa.services.records.RecordView;
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

    private static final int MAX_TEXT_SHOWN = 200_000;

    private final SearchService search;
    private final ReuseService reuse;
    private final RecordAccess records;
    private final RefusalMessages refusals;

    ClerkPages(SearchService search, ReuseService reuse, RecordAccess records, RefusalMessages refusals) {
        this.search = search;
        this.reuse = reuse;
        this.records = records;
        this.refusals = refusals;
    }

    @GetMapping("/")
    String search(@RequestParam Map<String, String> params, Actor actor, Model model, HttpServletResponse response,
                  java.util.Locale locale) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (SearchFilter filter : SearchFilter.values()) {
            if (filter == SearchFilter.NEEDS_REVIEW) {
                continue; // a flag, not a text box: results carry the "Cần kiểm tra" mark instead
            }
            filters.put(filter.parameter(), params.getOrDefault(filter.parameter(), ""));
        }
        model.addAttribute("q", params.getOrDefault(SearchRequest.Q, ""));
        model.addAttribute("filters", filters);
        model.addAttribute("issuedFrom", params.getOrDefault(SearchRequest.ISSUED_FROM, ""));
        model.addAttribute("issuedTo", params.getOrDefault(SearchRequest.ISSUED_TO, ""));
        model.addAttribute("sort", params.getOrDefault(SearchRequest.SORT, ""));
        try {
            // The page decides its own size and always counts facets.
            Map<String, String> asked = new LinkedHashMap<>(params);
            asked.remove(SearchRequest.SIZE);
            asked.remove(SearchRequest.FACETS);
            SearchRequest request = SearchRequest.of(asked::get, PAGE_SIZE, true);
            boolean filtering = !request.filters().isEmpty() || request.issuedFrom() != null || request.issuedTo() != null;
            model.addAttribute("filtersOpen", filtering);
            if (!params.containsKey(SearchRequest.Q) && !filtering) {
                return "search";
            }
            request = request.onPage(Math.max(1, request.page()));
            SearchResults results = search.search(actor, request);
            model.addAttribute("results", results);
            model.addAttribute("hits", results.hits().stream().map(ClerkPages::shown).toList());
            model.addAttribute("page", request.page());
            model.addAttribute("links", new SearchLinks(request));
            model.addAttribute("lastPage", Math.max(1, (int) Math.min(500, (results.total() + PAGE_SIZE - 1) / PAGE_SIZE)));
        } catch (InvalidSearchException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("searchError", refusals.text(e, locale));
        }
        return "search";
    }

    @GetMapping("/records/{id}")
    String record(@PathVariable String id, @RequestParam(name = "from", required = false) String from, Actor actor, Model model,
                  HttpServletResponse response) {
        // Back to the search as it was: only a path of this site (never another site's address).
        model.addAttribute("backUrl", from != null && from.startsWith("/?") ? from : "/");
        RecordView view;
        try {
            view = records.view(actor, id, "record page");
        } catch (RecordNotFoundException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("id", id);
            return "not-found";
        }
        model.addAttribute("view", view);
        model.addAttribute("pageTitle", vn.sohoa.services.review.ReviewService.title(view.record()));
        Preview preview = Preview.of(view.record());
        model.addAttribute("preview", preview);
        if (preview.kind().equals("text")) {
            // Shown in the page's own font: the browser's monospace font for text/plain lacks many Vietnamese letters.
            String text = records.text(actor, id, "shown on the record page");
            model.addAttribute("text", text.length() > MAX_TEXT_SHOWN ? text.substring(0, MAX_TEXT_SHOWN) + "\n…" : text);
        }
        model.addAttribute("fieldRows", FieldRow.of(view.record()));
        model.addAttribute("toCheck", view.record().review() == null ? java.util.Set.of()
                : view.record().review().stream().map(vn.sohoa.model.ReviewNote::field).collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("zone", OFFICE_ZONE);
        return "record";
    }

    @PostMapping("/records/{id}/reuse")
    String reuse(@PathVariable String id, @RequestParam(defaultValue = "") String dossierCode, Actor actor,
                 Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            ReuseOutcome outcome = reuse.reuse(actor, id, dossierCode);
            redirect.addFlashAttribute("reused", outcome);
            return "redirect:/records/" + id;
        } catch (RecordNotFoundException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("id", id);
            return "not-found";
        } catch (Refusal e) {
            String page = record(id, null, actor, model, response);
            response.setStatus(e.kind().httpStatus());
            model.addAttribute("reuseError", dossierCode);
            model.addAttribute("dossierCode", dossierCode);
            return page;
        }
    }

    /**
     * Links that keep the search as asked: the other pages of its hits, a facet added to the
     * active filters (never replacing them), a filter removed, another order. Changing the
     * search goes back to its first page.
     */
    public record SearchLinks(SearchRequest request) {
        public String page(int page) {
            return link(request.onPage(page).parameters());
        }

        /** This search, as the record page's "back to search" returns to it. */
        public String current() {
            return page(request.page());
        }

        public String with(String name, String value) {
            Map<String, String> parameters = firstPage();
            parameters.put(name, value);
            return link(parameters);
        }

        public String year(String year) {
            Map<String, String> parameters = firstPage();
            parameters.put(SearchRequest.ISSUED_FROM, year + "-01-01");
            parameters.put(SearchRequest.ISSUED_TO, year + "-12-31");
            return link(parameters);
        }

        public String without(String name) {
            Map<String, String> parameters = firstPage();
            parameters.remove(name);
            if (name.equals("year")) {
                parameters.remove(SearchRequest.ISSUED_FROM);
                parameters.remove(SearchRequest.ISSUED_TO);
            }
            return link(parameters);
        }

        public String sorted(String sort) {
            Map<String, String> parameters = firstPage();
            if (sort == null || sort.isBlank()) {
                parameters.remove(SearchRequest.SORT);
            } else {
                parameters.put(SearchRequest.SORT, sort);
            }
            return link(parameters);
        }

        /** True when the facet value is an active filter (the year facet: the whole year is the date range). */
        public boolean chosen(String facet, String value) {
            if (facet.equals("year")) {
                return (value + "-01-01").equals(request.issuedFrom()) && (value + "-12-31").equals(request.issuedTo());
            }
            return SearchFilter.byParameter(facet).map(f -> request.filters().get(f))
                    .map(v -> vn.sohoa.pipeline.index.KeywordValues.facetValue(v).equals(vn.sohoa.pipeline.index.KeywordValues.facetValue(value)))
                    .orElse(false);
        }

        /** The active filters as (parameter, value) pairs, each removable. */
        public List<List<String>> active() {
            List<List<String>> active = new ArrayList<>();
            request.filters().forEach((filter, value) -> active.add(List.of(filter.parameter(), value)));
            if (request.issuedFrom() != null) {
                active.add(List.of(SearchRequest.ISSUED_FROM, request.issuedFrom()));
            }
            if (request.issuedTo() != null) {
                active.add(List.of(SearchRequest.ISSUED_TO, request.issuedTo()));
            }
            return active;
        }

        private Map<String, String> firstPage() {
            Map<String, String> parameters = new LinkedHashMap<>(request.onPage(1).parameters());
            parameters.remove(SearchRequest.PAGE);
            return parameters;
        }

        private static String link(Map<String, String> parameters) {
            org.springframework.web.util.UriComponentsBuilder uri = org.springframework.web.util.UriComponentsBuilder.fromPath("/");
            parameters.forEach(uri::queryParam);
            return uri.encode().build().toUriString();
        }
    }

    /** A hit as the page shows it: its snippet is HTML already (the index escapes the text and marks the matches). */
    record ShownHit(SearchResults.Hit hit, String snippetHtml, String title) {
    }

    private static ShownHit shown(SearchResults.Hit hit) {
        List<String> title = new ArrayList<>();
        first(hit, "typeName").ifPresent(title::add);
        first(hit, "documentNumber").ifPresent(n -> title.add("số " + n));
        return new ShownHit(hit, hit.snippet(), title.isEmpty() ? hit.fileName() : String.join(" ", title));
    }

    private static java.util.Optional<String> first(SearchResults.Hit hit, String field) {
        List<String> values = hit.fields().get(field);
        return values == null || values.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(values.get(0));
    }
}
