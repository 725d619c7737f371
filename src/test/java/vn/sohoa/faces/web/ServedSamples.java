package vn.sohoa.faces.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.sohoa.SampleScans;
import vn.sohoa.SohoaApplication;
import vn.sohoa.operations.digitize.BatchRun;
import vn.sohoa.operations.digitize.DigitizeService;
import vn.sohoa.operations.report.FileReport;
import vn.sohoa.services.security.Role;
import vn.sohoa.services.security.UserAccounts;

/**
 * The web server as {@code sohoa serve} runs it, on a random port, over the sample scans digitized
 * once (real Tesseract, the embedded S3 server, H2) with a manifest that states every key field.
 * Test classes extending this share one context, so the samples are digitized once for all.
 * The born-digital công văn is renamed with Vietnamese letters to test file names end to end.
 */
@SpringBootTest(classes = SohoaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServedSamples {

    public static final String VIETNAMESE_FILE = "công-văn-điện-tử.pdf";
    public static final String BATCH = "web-samples";
    private static final Path home = SampleScans.newTempDir("sohoa-web-home");
    private static Map<String, FileReport> outcomes;

    @LocalServerPort
    protected int port;

    @Autowired
    protected DigitizeService digitize;

    @Autowired
    protected UserAccounts accounts;

    /** One account per role, signed in with {@link #PASSWORD}. */
    public static final String CLERK = "clerk", STAFF = "staff", ADMIN = "boss";
    public static final String PASSWORD = "mật-khẩu-thử-12";

    /**
     * The accounts of every role, created once in the server's users file. Also called by
     * {@code @BeforeAll} methods that sign in before any {@code @BeforeEach} has run.
     */
    @BeforeEach
    protected void accounts() {
        if (accounts.find(CLERK).isEmpty()) {
            accounts.add(CLERK, Set.of(Role.CLERK), PASSWORD);
            accounts.add(STAFF, Set.of(Role.RECORDS_STAFF), PASSWORD);
            accounts.add(ADMIN, Set.of(Role.ADMIN), PASSWORD);
        }
    }

    /** The server's SOHOA_HOME (for command lines run beside it). */
    protected static Path home() {
        return home;
    }

    /** The {@code Authorization} header value of HTTP Basic for {@code user}. */
    public static String basic(String user) {
        return basic(user, PASSWORD);
    }

    public static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("sohoa.home", home::toString);
    }

    /** Outcomes of the sample files by path in the batch, digitizing them on first use. */
    protected synchronized Map<String, FileReport> samples() {
        if (outcomes == null) {
            Path batch = SampleScans.copyTo(SampleScans.newTempDir("web-batch"));
            try {
                Files.move(batch.resolve("cong-van-dien-tu.pdf"), batch.resolve(VIETNAMESE_FILE));
                Files.writeString(batch.resolve("manifest.csv"), MANIFEST, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            BatchRun run = digitize.digitize(batch, BATCH, false);
            if (!run.succeeded()) {
                throw new IllegalStateException("digitizing the samples failed: " + run.message());
            }
            outcomes = run.report().files().stream().collect(Collectors.toMap(FileReport::file, Function.identity()));
        }
        return outcomes;
    }

    protected String idOf(String file) {
        return samples().get(file).recordId();
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static final String MANIFEST = """
            file,typeName,documentNumber,issuedDate,organName,dossierCode,procedureCode,ownerIds
            quyet-dinh-cap-phep.pdf,QUYẾT ĐỊNH,729/QĐ-UBND,2022-07-20,ỦY BAN NHÂN DÂN HUYỆN THOẠI SƠN,000.00.10.H01-220712-6467,1.001029,089177354735
            giay-phep-xay-dung.tif,GIẤY PHÉP XÂY DỰNG,308/GPXD,2022-10-14,ỦY BAN NHÂN DÂN HUYỆN THOẠI SƠN,000.00.10.H01-220930-1205,1.009975,089176383275
            ho-kinh-doanh.jpg,GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH,5280527064,2023-12-12,PHÒNG TÀI CHÍNH - KẾ HOẠCH HUYỆN THOẠI SƠN,000.20.10.H01-231201-7990,1.001612,089194290546;1679539818
            thong-bao.png,THÔNG BÁO,152/TB-PTNMT,2024-03-08,PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG HUYỆN THOẠI SƠN,000.23.10.H01-240227-2729,1.004203,089178322176
            công-văn-điện-tử.pdf,,4869/UBND-VX,2024-08-02,ỦY BAN NHÂN DÂN HUYỆN THOẠI SƠN,000.00.10.H01-240725-6068,1.005092,089180486922
            """;
}
