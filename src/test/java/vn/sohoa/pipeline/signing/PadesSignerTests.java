package vn.sohoa.pipeline.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import vn.sohoa.SohoaProperties;

/** PAdES signing with a self-signed unit certificate, and what verification says of changed bytes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PadesSignerTests {

    private static final Instant SIGNED_AT = Instant.parse("2026-11-28T03:04:05Z");

    private final Path home = vn.sohoa.SampleScans.newTempDir("signing");

    private SigningKeys keys;
    private byte[] signed;

    @BeforeAll
    void sign() throws Exception {
        SigningProperties properties = new SigningProperties("", "", "", "Số hóa", "An Giang", true);
        keys = new SigningKeys(properties, new SohoaProperties(home, "UBND xã Định Mỹ"));
        signed = new PadesSigner(keys, properties).sign(blankPdf(), SIGNED_AT);
    }

    @Test
    void theSignatureNamesTheUnitAndTheTimeAndVerifies() throws Exception {
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDSignature signature = document.getLastSignatureDictionary();
            assertThat(signature.getName()).isEqualTo("UBND xã Định Mỹ");
            assertThat(signature.getSignDate().toInstant()).isEqualTo(SIGNED_AT);
            assertThat(signature.getSubFilter()).isEqualTo(PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName());
        }
        SignatureCheck check = new PdfSignatureVerifier(keys).verify(signed);
        assertThat(check.ok()).as(check.problem()).isTrue();
        assertThat(check.unitCertificate()).isTrue();
        assertThat(Files.getPosixFilePermissions(home.resolve("signing/signing.p12"))).hasSize(2);
    }

    @Test
    void theReservedSpaceFitsTheSignatureWithLittleToSpare() throws Exception {
        try (PDDocument document = Loader.loadPDF(signed)) {
            byte[] reserved = document.getLastSignatureDictionary().getContents();
            int used;
            try (ASN1InputStream in = new ASN1InputStream(reserved)) {
                used = in.readObject().getEncoded().length;
            }

            assertThat(reserved.length - used).isBetween(0, 1_024);
        }
    }

    @Test
    void aChangedByteInsideTheSignedRangeBreaksTheSignature() {
        byte[] changed = signed.clone();
        changed[40] ^= 0x01;

        SignatureCheck check = new PdfSignatureVerifier(keys).verify(changed);

        assertThat(check.ok()).isFalse();
    }

    @Test
    void bytesAppendedAfterSigningAreNoticed() {
        byte[] longer = Arrays.copyOf(signed, signed.length + 20);

        SignatureCheck check = new PdfSignatureVerifier(keys).verify(longer);

        assertThat(check.valid()).isTrue();
        assertThat(check.wholeDocument()).isFalse();
        assertThat(check.problem()).contains("changed after it was signed");
    }

    private static byte[] blankPdf() throws Exception {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
