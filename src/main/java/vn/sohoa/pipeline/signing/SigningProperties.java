package vn.sohoa.pipeline.signing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The digitizing unit's signature on every searchable PDF.
 *
 * @param keystore         PKCS#12 file holding the unit's key and certificate chain; empty means
 *                         {@code SOHOA_HOME/signing/signing.p12}, created with a self-signed
 *                         certificate for {@code sohoa.org-name} on first use
 * @param keystorePassword its password; empty with the default keystore means a generated one kept
 *                         beside it ({@code signing.p12.password}, readable by the owner only)
 * @param alias            the key entry to use; empty means the first key entry
 * @param reason           the reason written into the signature dictionary
 * @param location         the place written into the signature dictionary
 * @param enabled          false leaves searchable PDFs unsigned (not for production)
 */
@ConfigurationProperties("sohoa.signing")
public record SigningProperties(
        @DefaultValue("") String keystore,
        @DefaultValue("") String keystorePassword,
        @DefaultValue("") String alias,
        @DefaultValue("Số hóa kết quả giải quyết thủ tục hành chính") String reason,
        @DefaultValue("") String location,
        @DefaultValue("true") boolean enabled) {
}
