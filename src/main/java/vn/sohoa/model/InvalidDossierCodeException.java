package vn.sohoa.model;

import vn.sohoa.failure.Refusal;

/** A dossier code that does not follow {@code unit-YYMMDD-NNNN}; the message says what is wrong. */
public class InvalidDossierCodeException extends Refusal {

    private final String input;

    public InvalidDossierCodeException(String input, String reason) {
        super(Kind.REFUSED, "invalid-dossier-code", "Dossier code '" + (input == null ? "" : input) + "' is not valid: " + reason);
        this.input = input;
    }

    public String input() {
        return input;
    }
}
