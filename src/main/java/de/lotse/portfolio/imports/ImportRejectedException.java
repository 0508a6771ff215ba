package de.lotse.portfolio.imports;

import java.util.List;

/** An import that saved nothing, because of these problems. */
public class ImportRejectedException extends RuntimeException {

    private final List<ImportProblem> problems;

    ImportRejectedException(List<ImportProblem> problems) {
        super(problems.size() + " problem(s), the first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
