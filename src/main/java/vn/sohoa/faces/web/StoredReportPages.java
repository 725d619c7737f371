package vn.sohoa.faces.web;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.sohoa.storage.ObjectStore;

/** Serves an HTML report kept in the bucket (batch and fixity reports), streamed as it is stored. */
final class StoredReportPages {

    private StoredReportPages() {
    }

    /** The report at {@code key}, or 404 when the name was not valid or no such report is stored. */
    static ResponseEntity<Resource> serve(ObjectStore store, boolean validName, String key) {
        return serve(!validName || store.stat(key).isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(store.open(key)));
    }

    /** The report opened (by a service that audited the read), or 404 when there is none. */
    static ResponseEntity<Resource> serve(java.util.Optional<java.io.InputStream> report) {
        if (report.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/html; charset=utf-8"))
                // Our own HTML, but it quotes file names and reasons: no scripts, whatever they hold.
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new InputStreamResource(report.get()));
    }
}
