package vn.sohoa.pipeline.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.sohoa.SohoaProperties;

/**
 * The unit's signing identity from its PKCS#12 keystore, loaded once on first use. Without a
 * configured keystore, one is created under SOHOA_HOME with a self-signed certificate for the
 * unit's name ({@code sohoa.org-name}), readable only by the owner, and the log says so: fine for
 * trying Sohoa out, to be replaced by a certificate from a trusted CA for production.
 */
@Component
public class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    private static final String DEFAULT_FILE = "signing.p12";
    private static final Duration VALIDITY = Duration.ofDays(3650);

    private final SigningProperties properties;
    private final SohoaProperties sohoa;
    private volatile SigningIdentity identity;

    public SigningKeys(SigningProperties properties, SohoaProperties sohoa) {
        this.properties = properties;
        this.sohoa = sohoa;
    }

    /** @throws SigningException when the keystore cannot be read or created */
    public SigningIdentity identity() {
        SigningIdentity loaded = identity;
        if (loaded == null) {
            synchronized (this) {
                if (identity == null) {
                    identity = load();
                }
                loaded = identity;
            }
        }
        return loaded;
    }

    private SigningIdentity load() {
        boolean configured = !properties.keystore().isBlank();
        Path file = configured ? Path.of(properties.keystore()) : sohoa.dir("signing").resolve(DEFAULT_FILE);
        try {
            if (!configured && !Files.exists(file)) {
                createSelfSigned(file);
            }
            return read(file, password(file, configured));
        } catch (IOException | GeneralSecurityException e) {
            throw new SigningException("Cannot load the signing keystore " + file + " (sohoa.signing.keystore): " + e.getMessage(), e);
        }
    }

    private char[] password(Path keystore, boolean configured) throws IOException {
        if (!properties.keystorePassword().isEmpty() || configured) {
            return properties.keystorePassword().toCharArray();
        }
        return Files.readString(passwordFile(keystore), StandardCharsets.UTF_8).strip().toCharArray();
    }

    private static Path passwordFile(Path keystore) {
        return keystore.resolveSibling(keystore.getFileName() + ".password");
    }

    private SigningIdentity read(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        for (String alias : Collections.list(store.aliases())) {
            if ((properties.alias().isEmpty() || properties.alias().equals(alias)) && store.isKeyEntry(alias)) {
                PrivateKey key = (PrivateKey) store.getKey(alias, password);
                List<X509Certificate> chain = Arrays.stream(store.getCertificateChain(alias)).map(X509Certificate.class::cast).toList();
                return new SigningIdentity(commonName(chain.get(0)), key, chain);
            }
        }
        throw new GeneralSecurityException("no key entry" + (properties.alias().isEmpty() ? "" : " named '" + properties.alias() + "'"));
    }

    private void createSelfSigned(Path file) throws IOException, GeneralSecurityException {
        Files.createDirectories(file.getParent());
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072);
        KeyPair pair = generator.generateKeyPair();
        X509Certificate certificate = selfSigned(pair, sohoa.orgName());
        char[] password = newPassword();
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("sohoa", pair.getPrivate(), password, new Certificate[] {certificate});
        writeOwnerOnly(passwordFile(file), new String(password).getBytes(StandardCharsets.UTF_8));
        try (OutputStream out = Files.newOutputStream(createOwnerOnly(file))) {
            store.store(out, password);
        }
        log.warn("Created a self-signed signing certificate for '{}' in {} (readable by the owner only). Searchable PDFs "
                + "are signed with it; configure sohoa.signing.keystore with the unit's certificate for production.",
                sohoa.orgName(), file);
    }

    private static X509Certificate selfSigned(KeyPair pair, String orgName) throws GeneralSecurityException {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, orgName).addRDN(BCStyle.O, orgName)
                .addRDN(BCStyle.C, "VN").build();
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(64, new SecureRandom()),
                Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(VALIDITY)), subject, pair.getPublic());
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        } catch (OperatorCreationException | IOException e) {
            throw new GeneralSecurityException("cannot create the self-signed certificate", e);
        }
    }

    private static char[] newPassword() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random).toCharArray();
    }

    private static void writeOwnerOnly(Path file, byte[] content) throws IOException {
        Files.write(createOwnerOnly(file), content);
    }

    /** Creates the file with rw------- before anything secret is written into it. */
    private static Path createOwnerOnly(Path file) throws IOException {
        Files.deleteIfExists(file);
        try {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Path created = Files.createFile(file);
            created.toFile().setReadable(false, false);
            created.toFile().setReadable(true, true);
            return created;
        }
    }

    /** The CN of the subject, which signature dictionaries name as the signer. */
    static String commonName(X509Certificate certificate) {
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if ("CN".equalsIgnoreCase(rdn.getType())) {
                    return rdn.getValue().toString();
                }
            }
        } catch (javax.naming.InvalidNameException e) {
            // Fall through to the whole subject.
        }
        return certificate.getSubjectX500Principal().getName();
    }
}
