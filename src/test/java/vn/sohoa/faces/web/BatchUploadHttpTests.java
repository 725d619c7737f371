package vn.sohoa.faces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.sohoa.operations.inbox.Inbox;
import vn.sohoa.services.audit.Actor;
import vn.sohoa.services.audit.AuditAction;
import vn.sohoa.services.audit.AuditEvent;
import vn.sohoa.services.audit.AuditQuery;
import vn.sohoa.services.audit.AuditTrail;

/** Uploads over real HTTP: path traversal and ZIP slip refused with nothing left behind, CSRF and roles enforced. */
class BatchUploadHttpTests extends ServedSamples {

    @Autowired
    Inbox inbox;
    @Autowired
    AuditTrail audit;

    @Test
    void aZipWhoseEntriesClimbOutIsRefusedAndNothingReachesTheInbox() throws Exception {
        SignedInClient staff = new SignedInClient(this::url, basic(STAFF));
        for (String evil : new String[] {"../../escaped.pdf", "/tmp/escaped.pdf", "ok/../../escaped.pdf"}) {
            HttpResponse<String> response = staff.upload("/batches", "slip-test", Map.of("lo.zip", zip(evil)), true);
            assertThat(response.statusCode()).as(evil).isEqualTo(400);
            assertThat(response.body()).contains("upload-error").contains("escaped.pdf");
        }
        assertThat(inbox.dir().resolve("slip-test")).doesNotExist();
        assertThat(inbox.dir().getParent().resolve("escaped.pdf")).doesNotExist();
        assertThat(Path.of("/tmp/escaped.pdf")).doesNotExist();
    }

    @Test
    void fileNamesThatAreOnlyDotsOrHiddenAreRefusedAndPathsAreCutToTheirName() throws Exception {
        SignedInClient staff = new SignedInClient(this::url, basic(STAFF));
        assertThat(staff.upload("/batches", "dots", Map.of("..", "x".getBytes()), true).statusCode()).isEqualTo(400);
        assertThat(staff.upload("/batches", "dots", Map.of(".htaccess", "x".getBytes()), true).statusCode()).isEqualTo(400);
        assertThat(inbox.dir().resolve("dots")).doesNotExist();

        HttpResponse<String> ok = staff.upload("/batches", "cut-paths", Map.of("../../../outside.pdf", "%PDF-1.4".getBytes()), true);
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(inbox.dir().resolve("cut-paths").resolve("outside.pdf")).exists();
        assertThat(inbox.dir().resolve("cut-paths").resolve(Inbox.READY)).exists();
        assertThat(inbox.dir().getParent().getParent().resolve("outside.pdf")).doesNotExist();
    }

    @Test
    void aGoodUploadOfFilesAndAZipLandsCompleteInTheInboxAndIsAudited() throws Exception {
        SignedInClient staff = new SignedInClient(this::url, basic(STAFF));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("quyết-định.pdf", "%PDF-1.4 a".getBytes(StandardCharsets.UTF_8));
        files.put("trang.zip", zip("thư mục/trang-1.png"));
        HttpResponse<String> response = staff.upload("/batches", "lo-tai-len", files, true);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/batches/lo-tai-len");
        Path batch = inbox.dir().resolve("lo-tai-len");
        assertThat(batch.resolve("quyết-định.pdf")).exists();
        assertThat(batch.resolve("thư mục").resolve("trang-1.png")).exists();
        assertThat(batch.resolve("trang.zip")).as("a ZIP is unpacked, not kept").doesNotExist();
        assertThat(staff.get("/batches").body()).contains("data-batch=\"lo-tai-len\"").contains("data-state=\"inbox\"");
        assertThat(audit.find(Actor.cli(), new AuditQuery(STAFF, null, null, null, 1000))).extracting(AuditEvent::action, AuditEvent::detail)
                .contains(org.assertj.core.groups.Tuple.tuple(AuditAction.UPLOAD, "batch lo-tai-len: 2 files"));
    }

    @Test
    void aBatchNamedWithDiacriticsIsConfirmedOnItsOwnPage() throws Exception {
        SignedInClient staff = new SignedInClient(this::url, basic(STAFF));
        String name = "lô-tải-lên-thử";
        HttpResponse<String> response = staff.upload("/batches", name, Map.of("công-văn.pdf", "%PDF-1.4 d".getBytes(StandardCharsets.UTF_8)), true);
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).as("a header is ASCII: the name is percent-encoded")
                .endsWith("/batches/" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)).matches("\\p{ASCII}+");
        HttpResponse<String> confirmed = staff.get(URI.create(location).getRawPath());
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.body()).contains(name);
    }

    @Test
    void anUploadWithoutTheCsrfTokenOrByAClerkIsRefused() throws Exception {
        SignedInClient staff = new SignedInClient(this::url, basic(STAFF));
        assertThat(staff.upload("/batches", "no-csrf", Map.of("a.pdf", "%PDF".getBytes()), false).statusCode()).isEqualTo(403);
        SignedInClient clerk = new SignedInClient(this::url, basic(CLERK));
        assertThat(clerk.upload("/batches", "by-clerk", Map.of("a.pdf", "%PDF".getBytes()), true).statusCode()).isEqualTo(403);
        SignedInClient nobody = new SignedInClient(this::url, null);
        HttpResponse<String> anonymous = nobody.upload("/batches", "by-nobody", Map.of("a.pdf", "%PDF".getBytes()), true);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(inbox.dir().resolve("no-csrf")).doesNotExist();
        assertThat(inbox.dir().resolve("by-clerk")).doesNotExist();
        assertThat(inbox.dir().resolve("by-nobody")).doesNotExist();
    }

    @Test
    void anUploadUnderTheNameOfAnotherBatchIsRefusedInVietnameseAndAddsNothingToIt() throws Exception {
        samples(); // BATCH is digitized: its report is in the bucket
        SignedInClient staff = new SignedInClient(this::url, basic(STAFF));
        HttpResponse<String> archived = staff.upload("/batches", BATCH, Map.of("them.pdf", "%PDF-1.4".getBytes()), true);
        assertThat(archived.statusCode()).isEqualTo(409);
        assertThat(archived.body()).contains("upload-error").contains("đã được dùng cho một lô trong kho lưu trữ");
        assertThat(inbox.dir().resolve(BATCH)).doesNotExist();

        assertThat(staff.upload("/batches", "lo-hai-lan", Map.of("a.pdf", "%PDF-1.4 a".getBytes()), true).statusCode()).isEqualTo(302);
        HttpResponse<String> again = staff.upload("/batches", "lo-hai-lan", Map.of("b.pdf", "%PDF-1.4 b".getBytes()), true);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("Đã có lô tên &quot;lo-hai-lan&quot; trong hộp thư");
        assertThat(inbox.dir().resolve("lo-hai-lan").resolve("b.pdf")).doesNotExist();
    }

    @Test
    void namesThatOnceGave500sAreRefusedInVietnamese() throws Exception {
        SignedInClient staff = new SignedInClient(this::url, basic(STAFF));
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("READY", "tên hệ thống dành riêng");
        refused.put("a\u0000b.pdf", "ký tự điều khiển");
        refused.put("hoa-don\u202Efdp.exe", "ký tự định dạng vô hình");
        refused.put("so\u200Bhoa.pdf", "ký tự định dạng vô hình");
        for (Map.Entry<String, String> name : refused.entrySet()) {
            HttpResponse<String> response = staff.upload("/batches", "ten-la", Map.of(name.getKey(), "%PDF-1.4".getBytes()), true);
            assertThat(response.statusCode()).as(name.getKey()).isEqualTo(400);
            assertThat(response.body()).as(name.getKey()).contains("upload-error").contains(name.getValue());
        }
        Map<String, byte[]> clash = new LinkedHashMap<>();
        clash.put("lo.zip", zipOf("x", "x/y.pdf"));
        HttpResponse<String> fileAndFolder = staff.upload("/batches", "ten-la", clash, true);
        assertThat(fileAndFolder.statusCode()).isEqualTo(400);
        assertThat(fileAndFolder.body()).contains("vừa là tên tệp vừa là tên thư mục");
        assertThat(staff.upload("/batches", "ten-la", Map.of("lo.zip", zipOf("x/y.pdf", "x")), true).body())
                .contains("vừa là tên tệp vừa là tên thư mục");
        assertThat(inbox.dir().resolve("ten-la")).doesNotExist();
    }

    @Test
    void anUploadOfMorePartsThanTheServerTakesIsAnsweredInVietnamese() throws Exception {
        SignedInClient staff = new SignedInClient(this::url, basic(STAFF));
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < 250; i++) {
            files.put("trang-" + i + ".png", new byte[] {1});
        }
        HttpResponse<String> response = staff.upload("/batches", "qua-nhieu", files, true);
        assertThat(response.statusCode()).isBetween(400, 413);
        assertThat(response.body()).contains("upload-error").doesNotContain("HTTP Status").doesNotContainIgnoringCase("exception");
        assertThat(inbox.dir().resolve("qua-nhieu")).doesNotExist();
    }

    private static byte[] zipOf(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                out.putNextEntry(new ZipEntry(entry));
                out.write("%PDF-1.4".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(entry));   // java.util.zip writes any name, as an attacker's tool would
            out.write("%PDF-1.4".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return bytes.toByteArray();
    }

}
