package de.lotse.platform;

/** A value that is well-formed but not allowed here, e.g. a department moved below itself. */
public class InvalidFieldException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public InvalidFieldException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
