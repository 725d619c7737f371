package vn.sohoa.pipeline.signing;

import java.io.IOException;
import java.security.cert.CertificateException;
import java.util.Collection;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.springframework.stereotype.Component;

/**
 * Checks the last signature of a PDF: the CMS signature against the signed byte ranges, that the
 * ranges cover the whole file, and whether the certificate is the unit's own.
 */
@Component
public class PdfSignatureVerifier {

    private final SigningKeys keys;

    public PdfSignatureVerifier(SigningKeys keys) {
        this.keys = keys;
    }

    public SignatureCheck verify(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return SignatureCheck.failed("the PDF carries no signature");
            }
            PDSignature signature = signatures.get(signatures.size() - 1);
            int[] range = signature.getByteRange();
            boolean whole = range.length == 4 && range[0] == 0 && (long) range[2] + range[3] == pdf.length;
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                    signature.getContents(pdf));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                return SignatureCheck.failed("the signature does not carry its signing certificate");
            }
            X509CertificateHolder certificate = matches.iterator().next();
            boolean valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
            boolean unit = certificate.equals(new JcaX509CertificateHolder(keys.identity().certificate()));
            String problem = !valid ? "the signature does not match the signed bytes"
                    : !whole ? "the file was changed after it was signed" : null;
            return new SignatureCheck(valid, whole, signature.getName(),
                    signature.getSignDate() == null ? null : signature.getSignDate().toInstant(),
                    certificate.getSubject().toString(), unit, problem);
        } catch (IOException | CMSException | OperatorCreationException | CertificateException | RuntimeException e) {
            return SignatureCheck.failed("the signature cannot be checked: " + e.getMessage());
        }
    }
}
