package de.lotse.servicecatalog;

import java.util.List;

/** A catalogue whose files are wrong; nothing of it was applied. */
public class InvalidCatalogueException extends RuntimeException {

    private final transient List<CatalogueProblem> problems;

    public InvalidCatalogueException(List<CatalogueProblem> problems) {
        super(problems.size() + " problems in the catalogue files, e.g. " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public List<CatalogueProblem> problems() {
        return problems;
    }
}
