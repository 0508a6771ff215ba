package de.lotse.inventory;

/** Where an application runs: the own server room, the municipal IT service provider, or a cloud (SaaS). */
public enum Hosting {
    ON_PREMISES,
    MUNICIPAL_PROVIDER,
    CLOUD
}
