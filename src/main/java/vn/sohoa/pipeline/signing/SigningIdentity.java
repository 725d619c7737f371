package vn.sohoa.pipeline.signing;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The key a digitizing unit signs with, and its certificate chain (signer's certificate first).
 *
 * @param name the signer's name written into signature dictionaries (the certificate's CN)
 */
public record SigningIdentity(String name, PrivateKey key, List<X509Certificate> chain) {

    public X509Certificate certificate() {
        return chain.get(0);
    }
}
