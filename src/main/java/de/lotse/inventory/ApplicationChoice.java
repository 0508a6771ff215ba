package de.lotse.inventory;

/** An application in a word, to choose it as a successor or an interface's other end. */
public record ApplicationChoice(ApplicationId id, String name) {}
