package vn.sohoa.faces.web;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.sohoa.operations.jobs.JobRunner;
import vn.sohoa.storage.ObjectStore;

/**
 * The admin's morning page: each scheduled job with its last few runs (start, end, outcome), and the history of
 * fixity reports, each readable as the HTML kept in the bucket.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class AdminPages {

    private static final String FIXITY = "fixity/";
    /** Enough runs to see whether a failure is new or keeps coming back. */
    static final int RECENT_RUNS = 5;
    private static final Pattern RUN = Pattern.compile("[0-9T.Z-]{10,40}");

    private final JobRunner jobs;
    private final ObjectStore store;

    private final vn.sohoa.operations.jobs.ScheduleCatalog schedules;
    private final vn.sohoa.operations.jobs.JobsNow now;

    AdminPages(JobRunner jobs, ObjectStore store, vn.sohoa.operations.jobs.ScheduleCatalog schedules, vn.sohoa.operations.jobs.JobsNow now) {
        this.jobs = jobs;
        this.store = store;
        this.schedules = schedules;
        this.now = now;
    }

    @org.springframework.web.bind.annotation.PostMapping("/admin/jobs/{name}/run")
    String runNow(@PathVariable String name, vn.sohoa.services.audit.Actor actor,
                  org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        redirect.addFlashAttribute(now.start(actor.who(), name) ? "started" : "notStarted", name);
        return "redirect:/admin";
    }

    /**
     * A job, its schedules (the files of {@code jobs/} that run it: cron and next run, empty when
     * none) and its last run (null when it never ran).
     */
    record JobRow(String name, String description, vn.sohoa.operations.jobs.JobOutcome last, List<Schedule> schedules,
                  boolean running, List<vn.sohoa.operations.jobs.JobOutcome> recent) {
    }

    /** One schedule of a job, its next run in the office's time (null when disabled). */
    record Schedule(String file, String cron, java.time.ZonedDateTime next) {
    }

    @GetMapping("/admin")
    String admin(Model model) {
        vn.sohoa.operations.jobs.JobDefinitionLoader.Result loaded = schedules.load();
        model.addAttribute("jobs", jobs.jobs().values().stream().sorted(Comparator.comparing(j -> j.name()))
                .map(j -> new JobRow(j.name(), j.description(), jobs.lastRun(j.name()).orElse(null), loaded.definitions().stream()
                        .filter(d -> d.job().equals(j.name()))
                        .map(d -> new Schedule(d.name(), d.cronText(), d.enabled() ? d.cron().next(java.time.ZonedDateTime.now(d.zone()))
                                .withZoneSameInstant(OfficeTime.ZONE) : null)).toList(), now.isRunning(j.name()),
                        jobs.recentRuns(j.name(), RECENT_RUNS))).toList());
        model.addAttribute("jobProblems", loaded.problems());
        model.addAttribute("lastFixity", jobs.jobs().containsKey("fixity") ? jobs.lastRun("fixity").orElse(null) : null);
        model.addAttribute("zone", OfficeTime.ZONE);
        model.addAttribute("fixityRuns", fixityRuns());
        return "admin";
    }

    @GetMapping("/admin/fixity/{run}/report.html")
    ResponseEntity<Resource> fixityReport(@PathVariable String run) {
        return StoredReportPages.serve(store, RUN.matcher(run).matches(), FIXITY + run + "/report.html");
    }

    /** Fixity runs, newest first, by the time folder their reports are kept in. */
    private List<String> fixityRuns() {
        return store.list(FIXITY).map(o -> o.key().substring(FIXITY.length()))
                .filter(k -> k.endsWith("/report.html")).map(k -> k.substring(0, k.indexOf('/')))
                .sorted(Comparator.reverseOrder()).toList();
    }
}
