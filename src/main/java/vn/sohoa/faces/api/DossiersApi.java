package vn.sohoa.faces.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.sohoa.services.audit.Actor;
import vn.sohoa.services.reuse.DossierReuse;
import vn.sohoa.services.reuse.ReuseService;

/** {@code GET /api/dossiers/{code}}: the results reused in a dossier. */
@RestController
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Tag(name = "Dossiers")
class DossiersApi {

    private final ReuseService reuse;

    DossiersApi(ReuseService reuse) {
        this.reuse = reuse;
    }

    @GetMapping("/api/dossiers/{code}")
    @Operation(summary = "The results reused in a dossier, oldest first (an empty list when none); 400 for a malformed code")
    DossierReuse dossier(@PathVariable String code, @Parameter(hidden = true) Actor actor) {
        return reuse.dossier(actor, code);
    }
}
