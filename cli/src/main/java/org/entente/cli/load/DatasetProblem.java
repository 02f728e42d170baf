package org.entente.cli.load;

/** Something wrong with a dataset file, at a line a person can go to. */
public record DatasetProblem(int line, String message) implements Comparable<DatasetProblem> {
    @Override
    public int compareTo(DatasetProblem other) {
        return Integer.compare(line, other.line);
    }

    public String describe(String file) {
        return file + ":" + line + ": " + message;
    }
}
