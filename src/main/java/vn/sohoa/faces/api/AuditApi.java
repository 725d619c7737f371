package vn.sohoa.faces.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.sohoa.services.audit.Actor;
import vn.sohoa.services.audit.AuditEvent;
import vn.sohoa.services.audit.AuditQuery;
import vn.sohoa.services.audit.AuditTrail;

/** {@code GET /api/audit}: the accesses to records, for admins (the rule is in WebSecurityConfiguration). */
@RestController
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Tag(name = "Audit")
class AuditApi {

    /** The answer: the events found, oldest first; {@code limited} when there may be more. */
    record AuditAnswer(int count, boolean limited, List<AuditEvent> events) {
    }

    private final AuditTrail audit;

    AuditApi(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/api/audit")
    @Operation(summary = "Accesses to records (search, view, download, reuse, upload): who, when, what, from where; ADMIN only")
    AuditAnswer audit(@Parameter(description = "Only this user's accesses") @RequestParam(required = false) String user,
                      @Parameter(description = "Only accesses to this record, searches that listed it included") @RequestParam(required = false) String record,
                      @Parameter(description = "From this day (yyyy-MM-dd or dd/MM/yyyy, office time)") @RequestParam(required = false) String from,
                      @Parameter(description = "To this day, included") @RequestParam(required = false) String to,
                      @Parameter(description = "At most this many events") @RequestParam(defaultValue = "1000") int limit,
                      @Parameter(hidden = true) Actor actor) {
        AuditQuery query = new AuditQuery(user, record, AuditQuery.day(from, "from"), AuditQuery.day(to, "to"), limit);
        List<AuditEvent> events = audit.find(actor, query);
        return new AuditAnswer(events.size(), events.size() == limit, events);
    }
}
