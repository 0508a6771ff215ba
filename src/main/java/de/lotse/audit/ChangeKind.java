package de.lotse.audit;

/** What a change did to a record. */
public enum ChangeKind {
    CREATED,
    CHANGED,
    DELETED;

    static ChangeKind ofRevisionType(int revtype) {
        return switch (revtype) {
            case 0 -> CREATED;
            case 1 -> CHANGED;
            case 2 -> DELETED;
            default -> throw new IllegalArgumentException("unknown revision type " + revtype);
        };
    }
}
