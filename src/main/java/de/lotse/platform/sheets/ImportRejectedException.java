package de.lotse.platform.sheets;

import java.util.List;

/** An import that saved nothing, because of these problems. */
public class ImportRejectedException extends RuntimeException {

    private final List<ImportProblem> problems;

    public ImportRejectedException(List<ImportProblem> problems) {
        super(problems.size() + " problem(s), the first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public ImportRejectedException(ImportProblem problem) {
        this(List.of(problem));
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
