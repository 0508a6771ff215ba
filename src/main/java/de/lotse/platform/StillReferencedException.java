package de.lotse.platform;

/** A record that cannot be deleted because other records still refer to it. */
public class StillReferencedException extends RuntimeException {

    private final String messageKey;

    /**
     * @param messageKey the message key that explains to the person what still refers to the record
     */
    public StillReferencedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
