package vn.sohoa.pipeline.signing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Hashtable;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.springframework.stereotype.Component;

/**
 * Signs a PDF as a PAdES baseline (B-B) signature: a detached CMS signature (ETSI.CAdES.detached)
 * with the ESS signing-certificate-v2 attribute, the signer's name and the signing time in the
 * signature dictionary (PAdES puts the time there, not in the CMS). The signature is an incremental
 * update, so the signed bytes are the unsigned file followed by the update, and a PDF/A-2b file
 * stays PDF/A-2b: the invisible signature widget is flagged printable as PDF/A asks.
 */
@Component
public class PadesSigner {

    /**
     * Bytes kept free beyond the measured CMS blob. The blob's size is fixed by the key and the
     * chain (same attributes, same digest length every time); the margin covers the few bytes an
     * ECDSA signature's DER encoding may vary by.
     */
    private static final int SIGNATURE_MARGIN = 1_024;

    private final SigningKeys keys;
    private final SigningProperties properties;

    /**
     * The placeholder size for the current identity, measured by signing nothing once. A fixed
     * generous reservation (16 KiB used to be) is zeros written, hex-encoded, into every archived
     * PDF: 32 KB of a 57 KB born-digital record, and time spent writing them.
     */
    private volatile Reservation reservation;

    private record Reservation(SigningIdentity identity, int bytes) {
    }

    public PadesSigner(SigningKeys keys, SigningProperties properties) {
        this.keys = keys;
        this.properties = properties;
    }

    public boolean enabled() {
        return properties.enabled();
    }

    /** The signer's name as it goes into signature dictionaries. */
    public String signerName() {
        return keys.identity().name();
    }

    /** @throws SigningException when the PDF cannot be signed */
    public byte[] sign(byte[] pdf, Instant time) {
        SigningIdentity identity = keys.identity();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(identity.name());
            signature.setReason(properties.reason());
            if (!properties.location().isBlank()) {
                signature.setLocation(properties.location());
            }
            signature.setSignDate(calendar(time));
            org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions options =
                    new org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions();
            int reserved = reservedBytes(identity);
            options.setPreferredSignatureSize(reserved);
            document.addSignature(signature, cms(identity), options);
            markWidgetsPrintable(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + reserved * 2 + 4096);
            document.saveIncremental(out);
            options.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new SigningException("Cannot sign the PDF: " + e.getMessage(), e);
        }
    }

    private int reservedBytes(SigningIdentity identity) throws IOException {
        Reservation current = reservation;
        if (current == null || current.identity() != identity) {
            byte[] blob = cms(identity).sign(new ByteArrayInputStream(new byte[0]));
            current = new Reservation(identity, blob.length + SIGNATURE_MARGIN);
            reservation = current;
        }
        return current.bytes();
    }

    /** PDF/A: every annotation, the invisible signature widget too, carries the Print flag. */
    private static void markWidgetsPrintable(PDDocument document) throws IOException {
        for (PDSignatureField field : document.getSignatureFields()) {
            for (PDAnnotationWidget widget : field.getWidgets()) {
                widget.setPrinted(true);
                widget.getCOSObject().setNeedToBeUpdated(true);
            }
        }
    }

    private static SignatureInterface cms(SigningIdentity identity) {
        return (InputStream content) -> {
            try {
                CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
                JcaSignerInfoGeneratorBuilder signerInfo = new JcaSignerInfoGeneratorBuilder(
                        new JcaDigestCalculatorProviderBuilder().build());
                signerInfo.setSignedAttributeGenerator(padesAttributes(identity));
                generator.addSignerInfoGenerator(signerInfo.build(
                        new JcaContentSignerBuilder("SHA256withRSA").build(identity.key()), identity.certificate()));
                generator.addCertificates(new JcaCertStore(identity.chain()));
                return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
            } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
                throw new IOException("CMS signature failed: " + e.getMessage(), e);
            }
        };
    }

    /** Content type, message digest and signing-certificate-v2; no signing-time attribute (PAdES B-B). */
    private static CMSAttributeTableGenerator padesAttributes(SigningIdentity identity) throws GeneralSecurityException {
        byte[] certificateHash = MessageDigest.getInstance("SHA-256").digest(identity.certificate().getEncoded());
        Attribute signingCertificate = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {new ESSCertIDv2(certificateHash)})));
        Hashtable<ASN1ObjectIdentifier, Attribute> table = new Hashtable<>();
        table.put(PKCSObjectIdentifiers.id_aa_signingCertificateV2, signingCertificate);
        DefaultSignedAttributeTableGenerator defaults = new DefaultSignedAttributeTableGenerator(new AttributeTable(table));
        return parameters -> {
            AttributeTable attributes = defaults.getAttributes(parameters);
            return attributes.remove(CMSAttributes.signingTime);
        };
    }

    private static Calendar calendar(Instant time) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(time.toEpochMilli() / 1000 * 1000);
        return calendar;
    }
}
